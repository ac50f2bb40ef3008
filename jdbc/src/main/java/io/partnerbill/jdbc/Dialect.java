package io.partnerbill.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What differs between the databases we know. Everything else is plain SQL that both run.
 */
enum Dialect {
    /** H2 2.x: a failed statement is undone alone; the transaction goes on. */
    H2("h2", false),
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
}
