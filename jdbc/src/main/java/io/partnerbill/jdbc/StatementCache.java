package io.partnerbill.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The prepared statements of one transaction: a statement run again in the same transaction
 * (the next order of a batch, a second lookup) is bound and executed again instead of being
 * prepared, which the database would parse anew. Every statement is closed when the
 * transaction ends, so nothing outlives the borrowed connection: a pool may hand the
 * connection to someone else next.
 *
 * <p>The transaction opening the cache binds it to the calling thread; {@link Sql}'s helpers
 * ask {@link #prepare} for their statements and give them back with {@link #release}. A
 * statement on another connection (another store's transaction on this thread), or whose SQL
 * is in use further up the stack, is prepared and closed as before.
 *
 * <p>This class is not thread-safe: it belongs to the thread running its transaction.
 */
final class StatementCache implements AutoCloseable {

    /** More distinct statements than one transaction of this library runs; past it, statements are not kept. */
    static final int MAX_STATEMENTS = 64;

    private static final ThreadLocal<@Nullable StatementCache> CURRENT = new ThreadLocal<>();

    private final Connection connection;
    private final @Nullable StatementCache outer;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Set<PreparedStatement> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean closed;

    private StatementCache(Connection connection, @Nullable StatementCache outer) {
        this.connection = connection;
        this.outer = outer;
    }

    /** Opens the cache of a transaction on a connection and binds it to the calling thread until {@link #close}. */
    static StatementCache open(Connection connection) {
        StatementCache cache = new StatementCache(connection, CURRENT.get());
        CURRENT.set(cache);
        return cache;
    }

    /** Returns a statement for the SQL on the connection: the transaction's own when it has one free. */
    static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        StatementCache cache = CURRENT.get();
        if (cache == null || cache.connection != connection) {
            return connection.prepareStatement(sql);
        }
        return cache.take(sql);
    }

    /** Gives a statement from {@link #prepare} back: a kept one waits for its next use, any other is closed. */
    static void release(Connection connection, PreparedStatement statement) throws SQLException {
        StatementCache cache = CURRENT.get();
        if (cache != null && cache.connection == connection && cache.inUse.remove(statement)) {
            statement.clearParameters();
            return;
        }
        statement.close();
    }

    private PreparedStatement take(String sql) throws SQLException {
        PreparedStatement kept = statements.get(sql);
        if (kept != null && !inUse.contains(kept)) {
            inUse.add(kept);
            return kept;
        }
        PreparedStatement fresh = connection.prepareStatement(sql);
        if (kept == null && statements.size() < MAX_STATEMENTS) {
            statements.put(sql, fresh);
            inUse.add(fresh);
        }
        return fresh;
    }

    /** @return how many statements the transaction keeps */
    int size() {
        return statements.size();
    }

    /** Closes every kept statement and unbinds the cache from the thread. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // the connection is closed or given back next; it was only a statement handle
            }
        }
        statements.clear();
        inUse.clear();
    }
}
