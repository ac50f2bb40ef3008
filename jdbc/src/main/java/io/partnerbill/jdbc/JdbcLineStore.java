package io.partnerbill.jdbc;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.core.store.AppendOutcome;
import io.partnerbill.core.store.LineStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** {@link LineStore} on table {@code pb_line} (schema V002): unique order id, append order by {@code seq}. */
final class JdbcLineStore implements LineStore {

    /** The columns of a bill line, bound by {@link #bind} as parameters 1 to 25 (also those of {@code pb_statement_line}). */
    static final String COLUMNS = "order_id, partner_id, bill_cycle, customer_id, bill_type, billing_mode, "
            + "product_type, product_type_code, product_name, product_id, application, specifications, resource_type, "
            + "resource_type_code, region, region_code, original_order_id, transaction_at, transaction_nanos, order_type, "
            + "currency, customer_expenditure, settlement_type, percent_off, settlement_amount";
    private static final String INSERT = "INSERT INTO pb_line (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM pb_line ";
    private static final String SUM_SELECT = "SELECT customer_id, product_id, product_name, product_type, region_code, "
            + "bill_type, currency, customer_expenditure, settlement_amount FROM pb_line WHERE partner_id = ? AND bill_cycle = ?";
    /** Rows fetched per round trip while scanning, so a month of millions of lines streams. */
    private static final int FETCH_SIZE = 1000;

    private final Transactions tx;

    JdbcLineStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public AppendOutcome append(BillLine line) {
        Objects.requireNonNull(line, "line");
        return tx.run("append line '" + line.orderId() + "'", (c, dialect) -> {
            // Insert first: a new line (the common case) costs one statement; the unique key on
            // the order id decides, also between JVMs racing with the same order.
            if (Sql.insertUnlessDuplicate(c, dialect, INSERT, s -> bind(s, line))) {
                return AppendOutcome.APPENDED;
            }
            BillLine existing = find(c, line.orderId());
            if (existing == null) {
                throw new SQLException("Order id '" + line.orderId() + "' clashed with a unique key but has no line");
            }
            if (existing.equals(line)) {
                return AppendOutcome.ALREADY_PRESENT;
            }
            throw new DuplicateKeyException("Order '" + line.orderId() + "' already has a different line: "
                    + existing + ", offered " + line);
        });
    }

    static void bind(PreparedStatement s, BillLine line) throws SQLException {
        s.setString(1, line.orderId().value());
        s.setString(2, line.partner().value());
        s.setString(3, line.cycle().toString());
        s.setString(4, line.customer().value());
        s.setString(5, line.billType().name());
        s.setString(6, line.billingMode().name());
        s.setString(7, line.productType());
        s.setString(8, line.productTypeCode());
        s.setString(9, line.productName());
        s.setString(10, line.product().value());
        s.setString(11, line.application());
        s.setString(12, line.specifications());
        s.setString(13, line.resourceType());
        s.setString(14, line.resourceTypeCode());
        s.setString(15, line.region());
        s.setString(16, line.regionCode());
        s.setString(17, line.originalOrderId().map(OrderId::value).orElse(null));
        Sql.setInstant(s, 18, line.transactionTime());
        s.setString(20, line.orderType().name());
        s.setString(21, line.currency().getCurrencyCode());
        s.setBigDecimal(22, line.expenditureDecimal());
        s.setString(23, line.settlementType().name());
        s.setBigDecimal(24, line.discount().percentOff());
        s.setBigDecimal(25, line.settlementDecimal());
    }

    static BillLine read(ResultSet row) throws SQLException {
        String currency = row.getString("currency");
        String original = row.getString("original_order_id");
        return BillLine.builder()
                .orderId(OrderId.of(row.getString("order_id")))
                .partner(PartnerId.of(row.getString("partner_id")))
                .cycle(BillCycle.parse(row.getString("bill_cycle")))
                .customer(CustomerId.of(row.getString("customer_id")))
                .billType(BillType.valueOf(row.getString("bill_type")))
                .billingMode(BillingMode.valueOf(row.getString("billing_mode")))
                .productType(row.getString("product_type"))
                .productTypeCode(row.getString("product_type_code"))
                .productName(row.getString("product_name"))
                .product(ProductId.of(row.getString("product_id")))
                .application(row.getString("application"))
                .specifications(row.getString("specifications"))
                .resourceType(row.getString("resource_type"))
                .resourceTypeCode(row.getString("resource_type_code"))
                .region(row.getString("region"))
                .regionCode(row.getString("region_code"))
                .originalOrderId(original == null ? null : OrderId.of(original))
                .transactionTime(Sql.instant(row, "transaction"))
                .orderType(OrderType.valueOf(row.getString("order_type")))
                .customerExpenditure(Sql.money(row, "customer_expenditure", "currency"))
                .settlementType(SettlementType.valueOf(row.getString("settlement_type")))
                .discount(DiscountRate.ofPercentOff(row.getBigDecimal("percent_off")))
                .settlementAmount(Sql.money(row.getBigDecimal("settlement_amount"), currency))
                .build();
    }

    private static @Nullable BillLine find(Connection c, OrderId orderId) throws SQLException {
        return Sql.queryOne(c, SELECT + "WHERE order_id = ?", s -> s.setString(1, orderId.value()), JdbcLineStore::read);
    }

    @Override
    public Optional<BillLine> find(OrderId orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return Optional.ofNullable(tx.runOrNull("find line '" + orderId + "'", (c, dialect) -> find(c, orderId)));
    }

    @Override
    public void scan(PartnerId partner, BillCycle cycle, Consumer<? super BillLine> action) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(action, "action");
        scan("scan lines of partner '" + partner + "' " + cycle, SELECT + "WHERE partner_id = ? AND bill_cycle = ? ORDER BY seq",
                s -> {
                    s.setString(1, partner.value());
                    s.setString(2, cycle.toString());
                }, action);
    }

    private void scan(String operation, String sql, Sql.Binder binder, Consumer<? super BillLine> action) {
        tx.runOrNull(operation, (c, dialect) -> {
            try (PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(FETCH_SIZE);
                binder.bind(s);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        action.accept(read(rows));
                    }
                }
            }
            return null;
        });
    }

    /** Reads the nine columns a bill sums into reused batches, instead of building a {@code BillLine} per row. */
    @Override
    public void sumInto(BillAccumulator accumulator) {
        Objects.requireNonNull(accumulator, "accumulator");
        PartnerId partner = accumulator.partner();
        BillCycle cycle = accumulator.cycle();
        BillAccumulator lines = BillAccumulator.create(partner, cycle, accumulator.currency());
        tx.runOrNull("sum lines of partner '" + partner + "' " + cycle, (c, dialect) -> {
            try (PreparedStatement s = c.prepareStatement(SUM_SELECT, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(FETCH_SIZE);
                s.setString(1, partner.value());
                s.setString(2, cycle.toString());
                try (ResultSet rows = s.executeQuery()) {
                    new ColumnReader(lines).readAll(rows);
                }
            }
            return null;
        });
        accumulator.merge(lines);
    }

    @Override
    public long count(PartnerId partner, BillCycle cycle) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        Long count = tx.runOrNull("count lines of partner '" + partner + "' " + cycle, (c, dialect) ->
                Sql.queryOne(c, "SELECT COUNT(*) FROM pb_line WHERE partner_id = ? AND bill_cycle = ?", s -> {
                    s.setString(1, partner.value());
                    s.setString(2, cycle.toString());
                }, row -> row.getLong(1)));
        return count == null ? 0 : count;
    }

    @Override
    public List<BillLine> lines(PartnerId partner, BillCycle cycle, CustomerId customer) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(customer, "customer");
        return tx.run("list lines of customer '" + customer + "' of partner '" + partner + "' " + cycle, (c, dialect) ->
                Sql.query(c, SELECT + "WHERE partner_id = ? AND bill_cycle = ? AND customer_id = ? ORDER BY seq", s -> {
                    s.setString(1, partner.value());
                    s.setString(2, cycle.toString());
                    s.setString(3, customer.value());
                }, JdbcLineStore::read));
    }
}
