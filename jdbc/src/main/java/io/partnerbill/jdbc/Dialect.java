package io.partnerbill.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What differs between the databases we know. Everything else is plain SQL that both run.
 */
enum Dialect {
    /** H2 2.x: a failed statement is undone alone; the transaction goes on. */
    H2("h2", false),
    /**
     * HSQLDB 2.7: an embedded database whose file store survives a killed process (each commit is
     * logged before it returns with {@code hsqldb.write_delay=false}). A unique-key clash is guarded
     * with a savepoint, the strict path.
     */
    HSQLDB("hsqldb", true),
    /** PostgreSQL: a failed statement aborts the transaction; {@code ON CONFLICT DO NOTHING} avoids that. */
    POSTGRESQL("postgresql", true),
    /** Any other database: assume the strict behaviour and guard conflicting inserts with a savepoint. */
    OTHER("other", true);

    private final String resourceName;
    private final boolean failedStatementAbortsTransaction;

    Dialect(String resourceName, boolean failedStatementAbortsTransaction) {
        this.resourceName = resourceName;
        this.failedStatementAbortsTransaction = failedStatementAbortsTransaction;
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.startsWith("h2")) {
            return H2;
        }
        if (product.startsWith("hsql")) {
            return HSQLDB;
        }
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        return OTHER;
    }

    /** The infix of this dialect's migration files: {@code V001.postgresql.sql}. */
    String resourceName() {
        return resourceName;
    }

    boolean failedStatementAbortsTransaction() {
        return failedStatementAbortsTransaction;
    }

    /**
     * A statement that takes a session lock serializing migrations of the current schema, or
     * null. PostgreSQL needs it: two sessions running {@code CREATE TABLE IF NOT EXISTS} at
     * once can still clash on its catalog.
     */
    @Nullable String migrationLock() {
        return this == POSTGRESQL ? "SELECT pg_advisory_lock(hashtext('partnerbill-schema:' || current_schema()))" : null;
    }

    /** The statement that releases {@link #migrationLock()}, or null. */
    @Nullable String migrationUnlock() {
        return this == POSTGRESQL ? "SELECT pg_advisory_unlock(hashtext('partnerbill-schema:' || current_schema()))" : null;
    }
}
