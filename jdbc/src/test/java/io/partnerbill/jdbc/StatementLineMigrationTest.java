package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.testkit.BillingFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema V011 moves statement lines from the wide {@code pb_statement_line} (every column of the
 * bill line, schema V007) to the narrow {@code pb_statement_item}: statements stored the old way
 * read back unchanged after {@code migrate()}.
 */
class StatementLineMigrationTest {

    /** The version before the narrow statement lines. */
    private static final int BEFORE = 10;
    private static final Instant ISSUED = Instant.parse("2024-02-05T04:00:00Z");
    private static final PriceRuleId RULE = PriceRuleId.of("PR-7");

    static Stream<String> databases() {
        return Stream.of("h2-memory", "hsqldb-file", "postgresql");
    }

    private static BillLine line(BillType type, String orderId, int customer, String amount) {
        return BillingFixtures.line(type, new BigDecimal(amount), DiscountRate.parse("12.00% off"),
                BillingFixtures.CALENDAR.start(BillingFixtures.CYCLE).plusSeconds(30), customer, 2, "cn-east-3", orderId,
                false);
    }

    /**
     * Two statements: C-1's lines with and without a rule, a refund priced by a rule and a tax,
     * partly paid; C-2's one line at the list amount, unpaid.
     */
    private static List<IssuedStatement> statements() {
        BillLine sold = BillingFixtures.expenditure("E-1", 1, "100.00");
        BillLine listed = line(BillType.EXPENDITURE, "E-2", 1, "40.50");
        BillLine refund = line(BillType.REFUND, "R-1", 1, "20.00");
        CustomerStatement first = CustomerStatement.of(BillingFixtures.PARTNER, CustomerId.of("C-1"),
                BillingFixtures.CYCLE, BillingFixtures.USD, RoundingPolicy.BILL_TOTAL, List.of(
                        new StatementLine(sold, BillingFixtures.usd("105.00000000"), RULE),
                        new StatementLine(listed, listed.customerExpenditure(), null),
                        new StatementLine(refund, BillingFixtures.usd("-21.00000000"), RULE)),
                TaxBreakdown.of(BillingFixtures.USD, List.of(TaxComponent.of("VAT", new BigDecimal("10"),
                        BillingFixtures.usd("124.50"), BillingFixtures.usd("12.45")))));
        BillLine other = BillingFixtures.expenditure("E-3", 2, "7.25");
        CustomerStatement second = CustomerStatement.of(BillingFixtures.PARTNER, CustomerId.of("C-2"),
                BillingFixtures.CYCLE, BillingFixtures.USD, RoundingPolicy.BILL_TOTAL,
                List.of(new StatementLine(other, other.customerExpenditure(), null)), TaxBreakdown.none(BillingFixtures.USD));
        return List.of(
                IssuedStatement.of(StatementId.of("C-1/2024-01"), "CS-2024-000001", ISSUED, first, BillingFixtures.usd("50.00")),
                IssuedStatement.of(StatementId.of("C-2/2024-01"), "CS-2024-000002", ISSUED, second, BillingFixtures.usd("0")));
    }

    /** Writes a statement as partnerbill-jdbc before V011 did: the bill line's columns copied into pb_statement_line. */
    private static void insertTheOldWay(Connection c, IssuedStatement statement) throws SQLException {
        CustomerStatement st = statement.statement();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO pb_statement (id, reseller_id, customer_id, bill_cycle, "
                + "statement_number, issued_at, issued_nanos, currency, rounding, amount_due, paid) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, statement.id().value());
            s.setString(2, statement.reseller().value());
            s.setString(3, statement.customer().value());
            s.setString(4, statement.cycle().toString());
            s.setString(5, statement.number());
            Sql.setInstant(s, 6, statement.issuedAt());
            s.setString(8, st.currency().getCurrencyCode());
            s.setString(9, st.rounding().toString());
            s.setBigDecimal(10, Sql.decimal(st.amountDue(), "amount due"));
            s.setBigDecimal(11, Sql.decimal(statement.paid(), "paid"));
            s.executeUpdate();
        }
        int seq = 0;
        for (StatementLine line : st.lines()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO pb_statement_line (" + JdbcLineStore.COLUMNS
                    + ", customer_amount, rule_id, statement_id, seq_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                JdbcLineStore.bind(s, line.line());
                s.setBigDecimal(26, Sql.decimal(line.customerAmount(), "customer amount"));
                s.setString(27, line.rule().map(PriceRuleId::value).orElse(null));
                s.setString(28, statement.id().value());
                s.setInt(29, seq++);
                s.executeUpdate();
            }
        }
        int n = 0;
        for (TaxComponent tax : st.tax().components()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO pb_statement_tax (statement_id, seq_no, name, "
                    + "rate_percent, currency, base, amount, zero_rating_reason) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")) {
                s.setString(1, statement.id().value());
                s.setInt(2, n++);
                s.setString(3, tax.name());
                s.setBigDecimal(4, tax.ratePercent());
                s.setString(5, tax.amount().getCurrency().getCurrencyCode());
                s.setBigDecimal(6, Sql.decimal(tax.base(), "base"));
                s.setBigDecimal(7, Sql.decimal(tax.amount(), "tax"));
                s.executeUpdate();
            }
        }
    }

    /** Writes the statements' bill lines to pb_line and the statements the old way, in one transaction. */
    private static void writeTheOldWay(DataSource ds, List<IssuedStatement> statements) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (IssuedStatement statement : statements) {
                for (StatementLine line : statement.statement().lines()) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO pb_line (" + JdbcLineStore.COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        JdbcLineStore.bind(s, line.line());
                        s.executeUpdate();
                    }
                }
                insertTheOldWay(c, statement);
            }
            c.commit();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migrate_movesStatementLinesToTheNarrowTable_andReadsThemBackUnchanged(String database) throws SQLException {
        DataSource ds = TestDatabases.of(database);
        assertThat(Migrator.migrate(ds, Migrator.SHIPPED, BEFORE)).isEqualTo(BEFORE);
        JdbcBillingStore store = JdbcBillingStore.create(ds);
        List<IssuedStatement> statements = statements();
        writeTheOldWay(ds, statements);

        assertThat(store.migrate()).isEqualTo(JdbcBillingStore.schemaVersion() - BEFORE);

        for (IssuedStatement statement : statements) {
            assertThat(store.statements().find(statement.id())).contains(statement);
        }
        assertThat(store.statements().ofReseller(BillingFixtures.PARTNER)).containsExactlyElementsOf(statements);
        assertThat(store.statements().find(CustomerId.of("C-1"), BillingFixtures.CYCLE).orElseThrow().statement().lines())
                .extracting(StatementLine::rule).extracting(r -> r.map(PriceRuleId::value).orElse("-"))
                .containsExactly("PR-7", "-", "PR-7");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            Long items = Sql.queryOne(c, "SELECT COUNT(*) FROM pb_statement_item", p -> { }, row -> row.getLong(1));
            assertThat(items).isEqualTo(4L);
            // the wide table is gone
            assertThatThrownBy(() -> s.executeQuery("SELECT COUNT(*) FROM pb_statement_line"))
                    .isInstanceOf(SQLException.class);
        }
    }

    static Stream<Arguments> cutShort() {
        List<String> statements = Migrator.statements(script());
        return Stream.of("h2-memory", "hsqldb-file").flatMap(database -> java.util.stream.IntStream
                .rangeClosed(1, statements.size()).mapToObj(ran -> Arguments.of(database, ran)));
    }

    private static String script() {
        try (InputStream in = Migrator.class.getResourceAsStream(Migrator.SHIPPED.resource(11, null))) {
            return new String(Objects.requireNonNull(in, "V11__statement_items.sql").readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * H2 and HSQLDB commit each DDL statement: a process killed after the first {@code ran} of
     * V011's statements (every cut: 1 to all of them, the last without its version row) leaves
     * a database that {@code migrate()} completes with every statement line read back unchanged.
     */
    @ParameterizedTest(name = "{0}, cut after {1} statements")
    @MethodSource("cutShort")
    void migrate_completesAVersionCutShortAfterAnyStatement(String database, int ran) throws SQLException {
        DataSource ds = TestDatabases.of(database);
        Migrator.migrate(ds, Migrator.SHIPPED, BEFORE);
        List<IssuedStatement> statements = statements();
        writeTheOldWay(ds, statements);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : Migrator.statements(script()).subList(0, ran)) {
                s.execute(sql);
            }
        }
        JdbcBillingStore store = JdbcBillingStore.create(ds);

        assertThat(store.migrate()).isEqualTo(JdbcBillingStore.schemaVersion() - BEFORE);

        assertThat(store.statements().ofReseller(BillingFixtures.PARTNER)).containsExactlyElementsOf(statements);
        try (Connection c = ds.getConnection()) {
            Long items = Sql.queryOne(c, "SELECT COUNT(*) FROM pb_statement_item", p -> { }, row -> row.getLong(1));
            assertThat(items).isEqualTo(4L);
        }
    }

    /** A statement line of the old table whose bill line is not in pb_line cannot be kept: the version stops. */
    @ParameterizedTest
    @MethodSource("databases")
    void migrate_stopsAtAStatementLineWithoutItsBillLine(String database) throws SQLException {
        DataSource ds = TestDatabases.of(database);
        Migrator.migrate(ds, Migrator.SHIPPED, BEFORE);
        IssuedStatement statement = statements().get(1);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            insertTheOldWay(c, statement);
            c.commit();
        }
        JdbcBillingStore store = JdbcBillingStore.create(ds);

        assertThatThrownBy(store::migrate)
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not migrate the partnerbill schema to version 11: ")
                .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains("pb_statement_item_line_fk"));
        assertThat(store.databaseSchemaVersion()).isEqualTo(BEFORE);
    }
}
