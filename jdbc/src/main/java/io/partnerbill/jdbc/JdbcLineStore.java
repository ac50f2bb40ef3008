package io.partnerbill.jdbc;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateOrderException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.core.store.AppendCounts;
import io.partnerbill.core.store.AppendOutcome;
import io.partnerbill.core.store.LineStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** {@link LineStore} on table {@code pb_line} (schema V002): unique order id, append order by {@code seq}. */
final class JdbcLineStore implements LineStore {

    /**
     * The columns of the description that a line stores, in {@code pb_line}'s order: the keys
     * (order, partner, cycle, customer) first, then every other column of a line in the
     * description's order. The four name columns are not stored.
     */
    static final List<BillDetailsColumn> STORED = stored();
    /** The SQL column of each description column, by ordinal. */
    private static final String[] SQL_NAMES = sqlNames();
    /** The columns of a bill line, bound by {@link #bind} as parameters 1 to 25. */
    static final String COLUMNS = columns("");
    static final String INSERT = "INSERT INTO pb_line (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String SELECT = "SELECT " + COLUMNS + " FROM pb_line ";
    private static final String SUM_SELECT = "SELECT customer_id, product_id, product_name, product_type, region_code, "
            + "bill_type, currency, customer_expenditure, settlement_amount FROM pb_line WHERE partner_id = ? AND bill_cycle = ?";
    /**
     * The lines of {@link #SUM_SELECT} before an instant (parameters 3 and 4): stored as the instant
     * to the microsecond and its nanoseconds, so the pair compares in order.
     */
    private static final String SUM_BEFORE =
            " AND (transaction_at, transaction_nanos) < (CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS INTEGER))";
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
            throw differentLine(existing, line);
        });
    }

    /** The refusal of a line whose order id already has a different one. */
    static DuplicateOrderException differentLine(BillLine existing, BillLine offered) {
        return new DuplicateOrderException("Order '" + offered.orderId() + "' already has a different line",
                offered.orderId(), BillDetailsColumn.differences(existing, offered));
    }

    /** Appends the lines in bulk ({@link BulkLines}): COPY on PostgreSQL, batched inserts elsewhere. */
    @Override
    public AppendCounts appendAll(List<BillLine> lines) {
        Objects.requireNonNull(lines, "lines");
        List<BillLine> copy = List.copyOf(lines);
        if (copy.isEmpty()) {
            return new AppendCounts(0, 0);
        }
        return tx.run("append " + copy.size() + " lines", (c, dialect) -> BulkLines.append(c, dialect, copy));
    }

    private static List<BillDetailsColumn> stored() {
        List<BillDetailsColumn> keys = List.of(BillDetailsColumn.ORDER_ID, BillDetailsColumn.PARTNER_ID,
                BillDetailsColumn.BILLING_CYCLE, BillDetailsColumn.CUSTOMER_ID);
        List<BillDetailsColumn> stored = new ArrayList<>(keys);
        for (BillDetailsColumn column : BillDetailsColumn.values()) {
            if (column.isOnLine() && !keys.contains(column)) {
                stored.add(column);
            }
        }
        return List.copyOf(stored);
    }

    /**
     * The column of {@code pb_line} (schema V002) that holds a description column; an instant is
     * stored as {@code <name>_at} and {@code <name>_nanos}. No default: a new column of the
     * description does not compile here until it has its place in the schema.
     */
    static String sqlName(BillDetailsColumn column) {
        return switch (column) {
            case ORDER_ID -> "order_id";
            case PARTNER_ID -> "partner_id";
            case BILLING_CYCLE -> "bill_cycle";
            case CUSTOMER_ID -> "customer_id";
            case BILL_TYPE -> "bill_type";
            case BILLING_MODE -> "billing_mode";
            case PRODUCT_TYPE -> "product_type";
            case PRODUCT_TYPE_CODE -> "product_type_code";
            case PRODUCT_NAME -> "product_name";
            case PRODUCT_ID -> "product_id";
            case APPLICATION -> "application";
            case SPECIFICATIONS -> "specifications";
            case RESOURCE_TYPE -> "resource_type";
            case RESOURCE_TYPE_CODE -> "resource_type_code";
            case REGION -> "region";
            case REGION_CODE -> "region_code";
            case ORIGINAL_ORDER_ID -> "original_order_id";
            case TRANSACTION_TIME -> "transaction";
            case ORDER_TYPE -> "order_type";
            case CUSTOMER_EXPENDITURE -> "customer_expenditure";
            case SETTLEMENT_TYPE -> "settlement_type";
            case SETTLEMENT_DISCOUNT -> "percent_off";
            case SETTLEMENT_AMOUNT -> "settlement_amount";
            case CUSTOMER_NAME, ACCOUNT_NAME, PARTNER_NAME, PARTNER_ACCOUNT_NAME ->
                    throw new IllegalArgumentException("Column '" + column.header() + "' is not stored with a line");
        };
    }

    private static String[] sqlNames() {
        String[] names = new String[BillDetailsColumn.values().length];
        for (BillDetailsColumn column : STORED) {
            names[column.ordinal()] = sqlName(column);
        }
        return names;
    }

    /**
     * The columns of a bill line, each prefixed with {@code qualifier} (such as {@code "l."} when
     * {@code pb_line} is joined); {@link #read} reads the result by the unqualified names.
     */
    static String columns(String qualifier) {
        StringJoiner columns = new StringJoiner(", ");
        for (BillDetailsColumn column : STORED) {
            String name = qualifier + sqlName(column);
            if (column.kind() == BillDetailsColumn.Kind.INSTANT) {
                columns.add(name + "_at").add(name + "_nanos");
            } else if (column == BillDetailsColumn.CUSTOMER_EXPENDITURE) {
                columns.add(qualifier + "currency").add(name); // the line's one currency, kept beside its first amount
            } else {
                columns.add(name);
            }
        }
        return columns.toString();
    }

    static void bind(PreparedStatement s, BillLine line) throws SQLException {
        // One pass over the stored columns, each bound by its own typed setter: no boxing, no lambda.
        int i = 1;
        for (BillDetailsColumn column : STORED) {
            switch (column) {
                case ORDER_ID -> s.setString(i, line.orderId().value());
                case PARTNER_ID -> s.setString(i, line.partner().value());
                case BILLING_CYCLE -> s.setString(i, line.cycle().toString());
                case CUSTOMER_ID -> s.setString(i, line.customer().value());
                case BILL_TYPE -> s.setString(i, line.billType().name());
                case BILLING_MODE -> s.setString(i, line.billingMode().name());
                case PRODUCT_TYPE -> s.setString(i, line.productType());
                case PRODUCT_TYPE_CODE -> s.setString(i, line.productTypeCode());
                case PRODUCT_NAME -> s.setString(i, line.productName());
                case PRODUCT_ID -> s.setString(i, line.product().value());
                case APPLICATION -> s.setString(i, line.application());
                case SPECIFICATIONS -> s.setString(i, line.specifications());
                case RESOURCE_TYPE -> s.setString(i, line.resourceType());
                case RESOURCE_TYPE_CODE -> s.setString(i, line.resourceTypeCode());
                case REGION -> s.setString(i, line.region());
                case REGION_CODE -> s.setString(i, line.regionCode());
                case ORIGINAL_ORDER_ID -> s.setString(i, line.originalOrderId().map(OrderId::value).orElse(null));
                case TRANSACTION_TIME -> Sql.setInstant(s, i++, line.transactionTime()); // two parameters
                case ORDER_TYPE -> s.setString(i, line.orderType().name());
                case CUSTOMER_EXPENDITURE -> {
                    s.setString(i++, line.currency().getCurrencyCode());
                    s.setBigDecimal(i, line.expenditureDecimal());
                }
                case SETTLEMENT_TYPE -> s.setString(i, line.settlementType().name());
                case SETTLEMENT_DISCOUNT -> s.setBigDecimal(i, line.discount().percentOff());
                case SETTLEMENT_AMOUNT -> s.setBigDecimal(i, line.settlementDecimal());
                default -> throw new IllegalStateException("Column '" + column.header() + "' has no parameter");
            }
            i++;
        }
    }

    static BillLine read(ResultSet row) throws SQLException {
        String currency = row.getString("currency");
        BillLine.Builder b = BillLine.builder();
        for (BillDetailsColumn column : STORED) {
            String name = SQL_NAMES[column.ordinal()];
            switch (column) {
                case ORDER_ID -> b.orderId(OrderId.of(row.getString(name)));
                case PARTNER_ID -> b.partner(PartnerId.of(row.getString(name)));
                case BILLING_CYCLE -> b.cycle(BillCycle.parse(row.getString(name)));
                case CUSTOMER_ID -> b.customer(CustomerId.of(row.getString(name)));
                case BILL_TYPE -> b.billType(BillType.valueOf(row.getString(name)));
                case BILLING_MODE -> b.billingMode(BillingMode.valueOf(row.getString(name)));
                case PRODUCT_TYPE -> b.productType(row.getString(name));
                case PRODUCT_TYPE_CODE -> b.productTypeCode(row.getString(name));
                case PRODUCT_NAME -> b.productName(row.getString(name));
                case PRODUCT_ID -> b.product(ProductId.of(row.getString(name)));
                case APPLICATION -> b.application(row.getString(name));
                case SPECIFICATIONS -> b.specifications(row.getString(name));
                case RESOURCE_TYPE -> b.resourceType(row.getString(name));
                case RESOURCE_TYPE_CODE -> b.resourceTypeCode(row.getString(name));
                case REGION -> b.region(row.getString(name));
                case REGION_CODE -> b.regionCode(row.getString(name));
                case ORIGINAL_ORDER_ID -> {
                    String original = row.getString(name);
                    b.originalOrderId(original == null ? null : OrderId.of(original));
                }
                case TRANSACTION_TIME -> b.transactionTime(Sql.instant(row, name));
                case ORDER_TYPE -> b.orderType(OrderType.valueOf(row.getString(name)));
                case CUSTOMER_EXPENDITURE -> b.customerExpenditure(Sql.money(row, name, "currency"));
                case SETTLEMENT_TYPE -> b.settlementType(SettlementType.valueOf(row.getString(name)));
                case SETTLEMENT_DISCOUNT -> b.discount(DiscountRate.ofPercentOff(row.getBigDecimal(name)));
                case SETTLEMENT_AMOUNT -> b.settlementAmount(Sql.money(row.getBigDecimal(name), currency));
                default -> throw new IllegalStateException("Column '" + column.header() + "' is not stored");
            }
        }
        return b.build();
    }

    static @Nullable BillLine find(Connection c, OrderId orderId) throws SQLException {
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
        sum(accumulator, null);
    }

    /** As {@link #sumInto(BillAccumulator)}, the database keeping only the lines before the instant. */
    @Override
    public void sumInto(BillAccumulator accumulator, Instant before) {
        sum(accumulator, Objects.requireNonNull(before, "before"));
    }

    /**
     * Streams the cycle's rows (all, or those before an instant) through {@link ColumnReader}: inside a
     * transaction, so that PostgreSQL's driver reads them through a cursor, {@link #FETCH_SIZE} rows a
     * round trip, and memory holds one batch however long the month.
     */
    private void sum(BillAccumulator accumulator, @Nullable Instant before) {
        Objects.requireNonNull(accumulator, "accumulator");
        PartnerId partner = accumulator.partner();
        BillCycle cycle = accumulator.cycle();
        BillAccumulator lines = BillAccumulator.create(partner, cycle, accumulator.currency());
        String sql = before == null ? SUM_SELECT : SUM_SELECT + SUM_BEFORE;
        tx.runOrNull("sum lines of partner '" + partner + "' " + cycle + (before == null ? "" : " before " + before),
                (c, dialect) -> {
                    try (PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY)) {
                        s.setFetchSize(FETCH_SIZE);
                        s.setString(1, partner.value());
                        s.setString(2, cycle.toString());
                        if (before != null) {
                            Sql.setInstant(s, 3, before);
                        }
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
