package io.partnerbill.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Binds one connection, in one JDBC transaction, to the calling thread while a transaction
 * runs, so that every store call on that thread joins it. A call outside a transaction runs
 * in a short transaction of its own. A nested transaction is a savepoint. Statements are
 * prepared once per transaction ({@link StatementCache}) and closed when it ends.
 *
 * <p>This class is thread-safe: each thread sees only its own transaction.
 */
final class Transactions {

    /** One unit of store work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection, Dialect dialect) throws SQLException;
    }

    /** Store work whose result may be null: a row that is not there, or work done for its effect only. */
    @FunctionalInterface
    interface NullableWork<T> {
        @Nullable T run(Connection connection, Dialect dialect) throws SQLException;
    }

    private static final class Tx {
        final Connection connection;
        final Dialect dialect;
        final boolean restoreAutoCommit;
        final StatementCache statements;
        /** The first store failure inside the transaction: it can then only roll back. */
        @Nullable StoreException failure;

        Tx(Connection connection, Dialect dialect, boolean restoreAutoCommit) {
            this.connection = connection;
            this.dialect = dialect;
            this.restoreAutoCommit = restoreAutoCommit;
            this.statements = StatementCache.open(connection);
        }
    }

    private final DataSource dataSource;
    @SuppressWarnings("ThreadLocalUsage") // one transaction per thread and per store: an instance field is meant
    private final ThreadLocal<Tx> current = new ThreadLocal<>();
    private volatile @Nullable Dialect dialect;

    Transactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Returns whether the calling thread runs a transaction of this store. */
    boolean active() {
        return current.get() != null;
    }

    /**
     * Row locks for reads inside a transaction ({@code " FOR UPDATE"}, else nothing): the caller is
     * about to write what it read.
     */
    String forUpdate() {
        return active() ? " FOR UPDATE" : "";
    }

    /** One lock taken on a connection, held until its transaction ends. */
    @FunctionalInterface
    interface Lock {
        void take(Connection connection, Dialect dialect) throws SQLException;
    }

    /**
     * Takes a lock in the thread's transaction. Outside a transaction it does nothing: a short
     * transaction of its own would release the lock at once.
     */
    void lockIfActive(String operation, Lock lock) {
        if (active()) {
            runOrNull(operation, (c, dialect) -> {
                lock.take(c, dialect);
                return null;
            });
        }
    }

    /** Runs store work in the thread's transaction, or in a short one of its own. */
    <T> T run(String operation, Work<T> work) {
        Tx tx = current.get();
        if (tx == null) {
            return inTransaction(operation, () -> run(operation, work));
        }
        try {
            return work.run(tx.connection, tx.dialect);
        } catch (SQLException e) {
            throw failed(tx, StoreException.of(operation, e));
        } catch (StoreException e) {
            throw failed(tx, e);
        }
    }

    /**
     * Runs a read of one statement: in the thread's transaction when there is one, else on a
     * connection in auto-commit mode, where it costs one round trip and no {@code COMMIT} (one
     * statement is atomic by itself and reads committed rows only). A data source that hands out
     * connections with auto-commit off gets the short transaction of {@link #run}.
     */
    <T> T read(String operation, Work<T> work) {
        if (active()) {
            return run(operation, work);
        }
        Connection connection = connect(operation);
        try {
            if (connection.getAutoCommit()) {
                return work.run(connection, dialectOf(connection));
            }
        } catch (SQLException e) {
            throw StoreException.of(operation, e);
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a read leaves nothing pending on the connection
            }
        }
        return run(operation, work);
    }

    /** As {@link #read}, for a read that may find nothing. */
    <T> @Nullable T readOrNull(String operation, NullableWork<T> work) {
        return read(operation, (c, dialect) -> Optional.ofNullable(work.run(c, dialect))).orElse(null);
    }

    /** As {@link #run}, for work that may give null. */
    <T> @Nullable T runOrNull(String operation, NullableWork<T> work) {
        return run(operation, (c, dialect) -> Optional.ofNullable(work.run(c, dialect))).orElse(null);
    }

    /** The database's dialect, learnt from the first connection and kept. */
    private Dialect dialectOf(Connection connection) throws SQLException {
        Dialect d = dialect;
        if (d == null) {
            d = Dialect.of(connection);
            dialect = d;
        }
        return d;
    }

    private static StoreException failed(Tx tx, StoreException e) {
        if (tx.failure == null) {
            tx.failure = e;
        }
        return e;
    }

    /** Runs work as one transaction, or as a savepoint of the thread's transaction. */
    <T> T inTransaction(String operation, Supplier<T> work) {
        Tx outer = current.get();
        if (outer != null) {
            return nested(outer, operation, work);
        }
        Tx tx = begin(operation);
        current.set(tx);
        try {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollbackQuietly(tx, e);
                throw e;
            }
            if (tx.failure != null) {
                StoreException failure = tx.failure;
                rollbackQuietly(tx, failure);
                throw new StoreException(operation, "an operation inside the transaction failed, so it was rolled back: "
                        + failure.getMessage(), failure);
            }
            try {
                tx.connection.commit();
            } catch (SQLException e) {
                StoreException commitFailure = StoreException.of(operation + " (commit)", e);
                rollbackQuietly(tx, commitFailure);
                throw commitFailure;
            }
            return result;
        } finally {
            current.remove();
            close(tx);
        }
    }

    private Connection connect(String operation) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw StoreException.of(operation + " (get connection)", e);
        }
    }

    private Tx begin(String operation) {
        Connection connection = connect(operation);
        try {
            Dialect d = dialectOf(connection);
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            return new Tx(connection, d, autoCommit);
        } catch (SQLException e) {
            StoreException failure = StoreException.of(operation + " (begin transaction)", e);
            try {
                connection.close();
            } catch (SQLException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    private <T> T nested(Tx tx, String operation, Supplier<T> work) {
        StoreException failureBefore = tx.failure;
        Savepoint savepoint;
        try {
            savepoint = tx.connection.setSavepoint();
        } catch (SQLException e) {
            throw failed(tx, StoreException.of(operation + " (set savepoint)", e));
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            try {
                tx.connection.rollback(savepoint);
                tx.failure = failureBefore; // what failed inside is undone with it
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
                failed(tx, StoreException.of(operation + " (roll back to savepoint)", rollback));
            }
            throw e;
        }
        try {
            tx.connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw failed(tx, StoreException.of(operation + " (release savepoint)", e));
        }
        return result;
    }

    private static void rollbackQuietly(Tx tx, Throwable reason) {
        try {
            tx.connection.rollback();
        } catch (SQLException e) {
            reason.addSuppressed(e);
            JdbcLog.rollbackFailed(reason, e);
        }
    }

    private static void close(Tx tx) {
        tx.statements.close(); // before the connection goes back: a pool does not close them for us
        try {
            if (tx.restoreAutoCommit) {
                tx.connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the connection is closed next; a pool resets or discards it
        } finally {
            try {
                tx.connection.close();
            } catch (SQLException ignored) {
                // nothing is pending on it any more: committed or rolled back above
            }
        }
    }

    DataSource dataSource() {
        return dataSource;
    }
}
