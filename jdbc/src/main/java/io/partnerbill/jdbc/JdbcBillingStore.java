package io.partnerbill.jdbc;

import io.partnerbill.core.store.BillStore;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.BudgetStore;
import io.partnerbill.core.store.CouponStore;
import io.partnerbill.core.store.CustomerStore;
import io.partnerbill.core.store.ResellerStore;
import io.partnerbill.core.store.DiscountStore;
import io.partnerbill.core.store.ExportTaskStore;
import io.partnerbill.core.store.InvoiceCounterStore;
import io.partnerbill.core.store.LineStore;
import io.partnerbill.core.store.PaymentStore;
import io.partnerbill.core.store.PriceRuleStore;
import io.partnerbill.core.store.StatementStore;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BillingStore} in a relational database reached through the user's {@link DataSource}
 * (tested on H2 2.x, HSQLDB 2.7 and PostgreSQL).
 *
 * <p>Create it with {@link #create(DataSource)}, then call {@link #migrate()} once at start-up:
 * it creates or upgrades the schema (tables named {@code pb_*}) and refuses a database whose
 * schema is newer than this library. Nothing connects before the first call.
 *
 * <p>Transactions: {@link #inTransaction} runs its work in one JDBC transaction on one
 * connection, bound to the calling thread, so that every store call the work makes on that
 * thread joins it; a nested {@code inTransaction} is a savepoint, undone alone when its work
 * throws. A store call outside a transaction is a short transaction of its own. Inside a
 * transaction, reading a bill, a customer statement, a coupon, a budget account or an order's budget charge locks its
 * row until the transaction ends ({@code SELECT ... FOR UPDATE}), so read-modify-write of a
 * balance or a budget is safe against other writers, in this JVM or another. Appends of a
 * partner's cycle share a lock that its issue takes alone, and authorizations of a partner's
 * product take turns (PostgreSQL advisory transaction locks; lock rows of schema V010 on H2).
 *
 * <p>Failures: database failures surface as {@link StoreException} naming the operation, with
 * nothing half-written; idempotency keys (order id, payment reference, bill per partner and
 * cycle, statement per customer and cycle, ids) are unique constraints, and a clash is the same
 * {@link io.partnerbill.core.DuplicateKeyException} the in-memory store throws.
 *
 * <p>This class is thread-safe. The {@code DataSource} should pool connections; this class
 * never closes the {@code DataSource}.
 */
public final class JdbcBillingStore implements BillingStore {

    private final Transactions tx;
    private final JdbcDiscountStore discounts;
    private final JdbcLineStore lines;
    private final JdbcBillStore bills;
    private final JdbcPaymentStore payments;
    private final JdbcCouponStore coupons;
    private final JdbcResellerStore resellers;
    private final JdbcCustomerStore customers;
    private final JdbcBudgetStore budgets;
    private final JdbcPriceRuleStore priceRules;
    private final JdbcStatementStore statements;
    private final JdbcExportTaskStore exportTasks;
    private final JdbcInvoiceCounterStore invoiceCounters;

    private JdbcBillingStore(DataSource dataSource) {
        this.tx = new Transactions(dataSource);
        this.discounts = new JdbcDiscountStore(tx);
        this.lines = new JdbcLineStore(tx);
        this.bills = new JdbcBillStore(tx);
        this.payments = new JdbcPaymentStore(tx);
        this.coupons = new JdbcCouponStore(tx);
        this.resellers = new JdbcResellerStore(tx);
        this.customers = new JdbcCustomerStore(tx);
        this.budgets = new JdbcBudgetStore(tx);
        this.priceRules = new JdbcPriceRuleStore(tx);
        this.statements = new JdbcStatementStore(tx);
        this.exportTasks = new JdbcExportTaskStore(tx);
        this.invoiceCounters = new JdbcInvoiceCounterStore(tx);
    }

    /**
     * Creates a store on a data source. Does not connect; call {@link #migrate()} before use.
     *
     * @param dataSource the user's data source (H2 or PostgreSQL), not null
     * @return the store, not null
     */
    public static JdbcBillingStore create(DataSource dataSource) {
        return new JdbcBillingStore(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Creates the schema, or upgrades it to this library's version, applying the missing
     * versions in order, each in its own transaction (PostgreSQL rolls back a failed version
     * whole; H2 commits each DDL statement, and every statement is written to be re-run).
     * Calling it again is a no-op. Concurrent callers (several JVMs starting at once) are
     * serialized by a row lock on PostgreSQL.
     *
     * @return how many versions were applied, 0 when the schema was up to date
     * @throws StoreException if the database's schema is newer than this library's, naming
     *     both versions, or if the database fails
     */
    public int migrate() {
        return Migrator.migrate(tx.dataSource());
    }

    /**
     * Checks, without changing anything, that the database's schema is the version this library
     * works with: the validate-only start of a service whose schema is migrated elsewhere (by a
     * deployment step, or the service's own Flyway run of {@code classpath:io/partnerbill/jdbc/migration}
     * recording its versions in {@code pb_schema_version} as {@link #migrate()} does). Creates no table.
     *
     * @throws SchemaVersionException if the schema is behind (0 when never migrated) or ahead of this
     *     library's version, naming both
     * @throws StoreException if the database fails
     */
    public void validateSchema() {
        int database = databaseSchemaVersion();
        if (database != Migrator.LIBRARY_VERSION) {
            throw new SchemaVersionException("validate the partnerbill schema", database, Migrator.LIBRARY_VERSION);
        }
    }

    /**
     * Returns the schema version this library creates and works with.
     *
     * @return the version, 1 or more
     */
    public static int schemaVersion() {
        return Migrator.LIBRARY_VERSION;
    }

    /**
     * Reads the schema version of the database: the highest version {@link #migrate()} applied.
     *
     * <p>A database migrated by the service's own Flyway (history table {@code pb_flyway_history},
     * as the docs show) answers the highest version Flyway applied successfully.
     *
     * @return the version, 0 for a database never migrated
     * @throws StoreException if the database fails
     */
    public int databaseSchemaVersion() {
        return tx.run("read the schema version", (connection, dialect) -> {
            if (tableName(connection, Migrator.VERSION_TABLE) != null) {
                return Migrator.current(connection);
            }
            String flyway = tableName(connection, Migrator.FLYWAY_TABLE);
            return flyway == null ? 0 : Migrator.currentFlyway(connection, flyway);
        });
    }

    /** Returns the table's name as the database spells it (folded or not), or null when it is absent. */
    private static @Nullable String tableName(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String spelled : new String[] {name, name.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet tables = meta.getTables(null, connection.getSchema(), spelled, null)) {
                if (tables.next()) {
                    return spelled;
                }
            }
        }
        return null;
    }

    @Override
    public DiscountStore discounts() {
        return discounts;
    }

    @Override
    public LineStore lines() {
        return lines;
    }

    @Override
    public BillStore bills() {
        return bills;
    }

    @Override
    public PaymentStore payments() {
        return payments;
    }

    @Override
    public CouponStore coupons() {
        return coupons;
    }

    @Override
    public ResellerStore resellers() {
        return resellers;
    }

    @Override
    public CustomerStore customers() {
        return customers;
    }

    @Override
    public BudgetStore budgets() {
        return budgets;
    }

    @Override
    public PriceRuleStore priceRules() {
        return priceRules;
    }

    @Override
    public StatementStore statements() {
        return statements;
    }

    @Override
    public ExportTaskStore exportTasks() {
        return exportTasks;
    }

    @Override
    public InvoiceCounterStore invoiceCounters() {
        return invoiceCounters;
    }

    /**
     * Runs work as one JDBC transaction on one connection bound to the calling thread; store
     * calls the work makes on this thread join it. Nested calls join too, as a savepoint:
     * when a nested work throws, only its writes are undone. The outermost call commits; when
     * its work throws, everything is rolled back and the exception propagates. If a store call
     * inside failed with a {@link StoreException} that the work caught, the transaction is
     * rolled back anyway and a {@code StoreException} is thrown.
     *
     * @param <T> the result type
     * @param work the work, given this store, not null
     * @return the work's result
     * @throws StoreException if the database fails to begin or commit
     */
    @Override
    public <T> T inTransaction(Function<? super BillingStore, T> work) {
        Objects.requireNonNull(work, "work");
        return tx.inTransaction("run a transaction", () -> work.apply(this));
    }

    @Override
    public String toString() {
        return "JdbcBillingStore[schema " + Migrator.LIBRARY_VERSION + "]";
    }
}
