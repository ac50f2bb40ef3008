package io.partnerbill.jdbc;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.store.StatementStore;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxBreakdown;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.jspecify.annotations.Nullable;

/**
 * {@link StatementStore} on tables {@code pb_statement} (unique customer and cycle, unique number
 * per reseller), {@code pb_statement_item} (schema V011), {@code pb_statement_tax},
 * {@code pb_customer_payment} (unique reference) and {@code pb_statement_payment_application}
 * (schema V007). The computed statement is kept as issued — its lines with the customer's price
 * and the rule that gave it, its rounding and its tax components — and never recomputed.
 *
 * <p>A statement line is stored as the order id of its bill line, the customer's amount and the
 * rule; the bill line itself is read from {@code pb_line} by {@link JdbcLineStore}'s columns and
 * reader. That is safe because a line in {@code pb_line} never changes once stored (an append of
 * a different line for the same order is refused), and statements are issued only once their
 * cycle's bill is issued ({@code StatementBook.issue} checks it), after which the cycle takes no
 * more lines ({@code IssuedCycles}). Inserting a statement whose lines are not the stored ones is
 * refused. Inside a transaction, reading a
 * statement locks it until the transaction ends. Customer payments and their applications are
 * stored by {@link JdbcPayments}, which the partner side's payment store extends too.
 */
final class JdbcStatementStore extends JdbcPayments<StatementId> implements StatementStore {

    private static final String SELECT = "SELECT id, reseller_id, customer_id, bill_cycle, statement_number, issued_at, "
            + "issued_nanos, currency, rounding, paid FROM pb_statement ";
    private static final String INSERT_LINE = "INSERT INTO pb_statement_item (statement_id, seq_no, order_id, "
            + "customer_currency, customer_amount, rule_id) VALUES (?, ?, ?, ?, ?, ?)";
    /** A statement line: its row and, joined by order id, its bill line read as {@code pb_line}'s rows are. */
    private static final String SELECT_LINES = "SELECT i.statement_id, i.customer_currency, i.customer_amount, i.rule_id, "
            + JdbcLineStore.columns("l.") + " FROM pb_statement_item i JOIN pb_line l ON l.order_id = i.order_id ";
    private static final String SELECT_TAXES = "SELECT statement_id, name, rate_percent, currency, base, amount, "
            + "zero_rating_reason FROM pb_statement_tax ";


    JdbcStatementStore(Transactions tx) {
        super(tx, Side.CUSTOMER);
    }

    @Override
    public void insert(IssuedStatement statement) {
        Objects.requireNonNull(statement, "statement");
        String id = statement.id().value();
        CustomerStatement st = statement.statement();
        tx.runOrNull("insert statement '" + id + "'", (c, dialect) -> {
            refuseDuplicate(c, statement);
            StatementStore.requireStoredLines(statement, storedLines(c, statement));
            boolean inserted = Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_statement (id, reseller_id, customer_id, "
                    + "bill_cycle, statement_number, issued_at, issued_nanos, currency, rounding, amount_due, paid) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                        s.setString(1, id);
                        s.setString(2, statement.reseller().value());
                        s.setString(3, statement.customer().value());
                        s.setString(4, statement.cycle().toString());
                        s.setString(5, statement.number());
                        Sql.setInstant(s, 6, statement.issuedAt());
                        s.setString(8, st.currency().getCurrencyCode());
                        s.setString(9, st.rounding().toString());
                        s.setBigDecimal(10, Sql.decimal(st.amountDue(), "amount due of statement '" + id + "'"));
                        s.setBigDecimal(11, Sql.decimal(statement.paid(), "paid of statement '" + id + "'"));
                    });
            if (!inserted) {
                // another transaction issued it since we looked
                refuseDuplicate(c, statement);
                throw new SQLException("Statement '" + id + "' clashed with a unique key but no statement holds it");
            }
            int n = 0;
            for (StatementLine line : st.lines()) {
                int seq = n++;
                Sql.update(c, INSERT_LINE, s -> {
                    s.setString(1, id);
                    s.setInt(2, seq);
                    s.setString(3, line.orderId().value());
                    s.setString(4, line.customerAmount().getCurrency().getCurrencyCode());
                    s.setBigDecimal(5, Sql.decimal(line.customerAmount(),
                            "customer amount of line '" + line.orderId() + "' of statement '" + id + "'"));
                    s.setString(6, line.rule().map(PriceRuleId::value).orElse(null));
                });
            }
            n = 0;
            for (TaxComponent tax : st.tax().components()) {
                int seq = n++;
                Sql.update(c, "INSERT INTO pb_statement_tax (statement_id, seq_no, name, rate_percent, currency, base, "
                        + "amount, zero_rating_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                            s.setString(1, id);
                            s.setInt(2, seq);
                            s.setString(3, tax.name());
                            s.setBigDecimal(4, tax.ratePercent());
                            s.setString(5, tax.amount().getCurrency().getCurrencyCode());
                            s.setBigDecimal(6, Sql.decimal(tax.base(), "tax base of statement '" + id + "'"));
                            s.setBigDecimal(7, Sql.decimal(tax.amount(), "tax of statement '" + id + "'"));
                            s.setString(8, tax.zeroRatingReason().orElse(null));
                        });
            }
            return null;
        });
    }

    private static void refuseDuplicate(Connection c, IssuedStatement statement) throws SQLException {
        String existing = Sql.queryOne(c, "SELECT id FROM pb_statement WHERE customer_id = ? AND bill_cycle = ?", s -> {
            s.setString(1, statement.customer().value());
            s.setString(2, statement.cycle().toString());
        }, row -> row.getString(1));
        if (existing != null) {
            throw new DuplicateKeyException("Customer '" + statement.customer() + "' already has a statement for "
                    + statement.cycle() + ": '" + existing + "'");
        }
        if (Sql.exists(c, "SELECT 1 FROM pb_statement WHERE id = ?", s -> s.setString(1, statement.id().value()))) {
            throw new DuplicateKeyException("Statement '" + statement.id() + "' already exists");
        }
        String numbered = Sql.queryOne(c, "SELECT id FROM pb_statement WHERE reseller_id = ? AND statement_number = ?", s -> {
            s.setString(1, statement.reseller().value());
            s.setString(2, statement.number());
        }, row -> row.getString(1));
        if (numbered != null) {
            throw new DuplicateKeyException("Reseller '" + statement.reseller() + "' already gave statement number '"
                    + statement.number() + "' to '" + numbered + "'");
        }
    }

    /**
     * The lines stored in {@code pb_line} for a statement's order ids: only the order id is kept, so
     * a statement whose lines are other ones is refused ({@link StatementStore#requireStoredLines}).
     */
    private static Map<OrderId, BillLine> storedLines(Connection c, IssuedStatement statement) throws SQLException {
        Map<OrderId, BillLine> stored = new HashMap<>();
        for (StatementLine line : statement.statement().lines()) {
            BillLine found = JdbcLineStore.find(c, line.orderId());
            if (found != null) {
                stored.put(line.orderId(), found);
            }
        }
        return stored;
    }

    @Override
    public void update(IssuedStatement statement) {
        Objects.requireNonNull(statement, "statement");
        String id = statement.id().value();
        int rows = tx.run("update statement '" + id + "'", (c, dialect) -> Sql.update(c,
                "UPDATE pb_statement SET paid = ? WHERE id = ?", s -> {
                    s.setBigDecimal(1, Sql.decimal(statement.paid(), "paid of statement '" + id + "'"));
                    s.setString(2, id);
                }));
        if (rows == 0) {
            throw new UnknownEntityException("Unknown statement '" + statement.id() + "'");
        }
    }

    /** A statement row before its lines and taxes are attached. */
    private record Row(StatementId id, PartnerId reseller, CustomerId customer, BillCycle cycle, String number,
            Instant issuedAt, CurrencyUnit currency, RoundingPolicy rounding, BigDecimal paid) {

        IssuedStatement with(List<StatementLine> lines, List<TaxComponent> taxes) {
            CustomerStatement statement = CustomerStatement.of(reseller, customer, cycle, currency, rounding, lines,
                    TaxBreakdown.of(currency, taxes));
            return IssuedStatement.of(id, number, issuedAt, statement, Sql.money(paid, currency.getCurrencyCode()));
        }
    }

    private static Row read(ResultSet row) throws SQLException {
        return new Row(StatementId.of(row.getString("id")), PartnerId.of(row.getString("reseller_id")),
                CustomerId.of(row.getString("customer_id")), BillCycle.parse(row.getString("bill_cycle")),
                row.getString("statement_number"), Sql.instant(row, "issued"), Monetary.getCurrency(row.getString("currency")),
                RoundingPolicy.parse(row.getString("rounding")), row.getBigDecimal("paid"));
    }

    private static StatementLine readLine(ResultSet row) throws SQLException {
        String rule = row.getString("rule_id");
        return new StatementLine(JdbcLineStore.read(row), Sql.money(row, "customer_amount", "customer_currency"),
                rule == null ? null : PriceRuleId.of(rule));
    }

    private static TaxComponent readTax(ResultSet row) throws SQLException {
        String reason = row.getString("zero_rating_reason");
        return reason == null
                ? TaxComponent.of(row.getString("name"), row.getBigDecimal("rate_percent"), Sql.money(row, "base", "currency"),
                        Sql.money(row, "amount", "currency"))
                : TaxComponent.zeroRated(row.getString("name"), Sql.money(row, "base", "currency"), reason);
    }

    /** Reads the statements a query selects, with their lines and taxes, in the query's order. */
    private List<IssuedStatement> statements(Connection c, String where, String childWhere, Sql.Binder binder)
            throws SQLException {
        List<Row> rows = Sql.query(c, SELECT + where + tx.forUpdate(), binder, JdbcStatementStore::read);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<StatementLine>> lines = new HashMap<>();
        Sql.query(c, SELECT_LINES + "WHERE i.statement_id IN (SELECT id FROM pb_statement " + childWhere + ") "
                + "ORDER BY i.statement_id, i.seq_no", binder, row -> lines.computeIfAbsent(row.getString("statement_id"),
                        k -> new ArrayList<>()).add(readLine(row)));
        Map<String, List<TaxComponent>> taxes = new HashMap<>();
        Sql.query(c, SELECT_TAXES + "WHERE statement_id IN (SELECT id FROM pb_statement " + childWhere + ") "
                + "ORDER BY statement_id, seq_no", binder, row -> taxes.computeIfAbsent(row.getString("statement_id"),
                        k -> new ArrayList<>()).add(readTax(row)));
        List<IssuedStatement> statements = new ArrayList<>(rows.size());
        for (Row row : rows) {
            statements.add(row.with(lines.getOrDefault(row.id().value(), List.of()),
                    taxes.getOrDefault(row.id().value(), List.of())));
        }
        return statements;
    }

    private @Nullable IssuedStatement one(Connection c, String where, Sql.Binder binder) throws SQLException {
        List<IssuedStatement> found = statements(c, where, where, binder);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public Optional<IssuedStatement> find(CustomerId customer, BillCycle cycle) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(cycle, "cycle");
        return Optional.ofNullable(tx.runOrNull("find statement of customer '" + customer + "' " + cycle, (c, dialect) ->
                one(c, "WHERE customer_id = ? AND bill_cycle = ?", s -> {
                    s.setString(1, customer.value());
                    s.setString(2, cycle.toString());
                })));
    }

    @Override
    public Optional<IssuedStatement> find(StatementId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(tx.runOrNull("find statement '" + id + "'", (c, dialect) ->
                one(c, "WHERE id = ?", s -> s.setString(1, id.value()))));
    }

    @Override
    public List<IssuedStatement> ofCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.run("list statements of customer '" + customer + "'", (c, dialect) ->
                statements(c, "WHERE customer_id = ? ORDER BY bill_cycle", "WHERE customer_id = ?",
                        s -> s.setString(1, customer.value())));
    }

    @Override
    public List<IssuedStatement> ofReseller(PartnerId reseller) {
        Objects.requireNonNull(reseller, "reseller");
        List<IssuedStatement> statements = tx.run("list statements of reseller '" + reseller + "'", (c, dialect) ->
                statements(c, "WHERE reseller_id = ?", "WHERE reseller_id = ?", s -> s.setString(1, reseller.value())));
        // by cycle then customer id in Java, so the order is Java's whatever the database's collation
        return statements.stream().sorted(java.util.Comparator.comparing(IssuedStatement::cycle)
                .thenComparing(IssuedStatement::customer)).toList();
    }

    @Override
    public Optional<Payment> findPayment(PaymentReference reference) {
        return payment(reference);
    }

    @Override
    public List<Payment> paymentsOf(CustomerId customer) {
        return ofPayer(Objects.requireNonNull(customer, "customer"));
    }
}
