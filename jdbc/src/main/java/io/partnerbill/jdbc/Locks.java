package io.partnerbill.jdbc;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The locks that serialize a partner's cycle and a partner's product, held until the
 * transaction ends: appends of a cycle share its lock and its issue takes it alone; an
 * authorization of a product's discount takes the product's lock alone.
 *
 * <p>PostgreSQL: transaction-level advisory locks ({@code pg_advisory_xact_lock_shared} for an
 * append, {@code pg_advisory_xact_lock} for the issue and an authorization), keyed by a hash of
 * the schema, partner and cycle or product. They need no row, so the first appends of a new
 * cycle do not wait for the one that would create it; a hash collision only makes two
 * partners wait for each other.
 *
 * <p>H2 2.x and other databases: rows of schema V010, since H2 locks rows for writing only
 * ({@code FOR UPDATE}, no {@code FOR SHARE}). A cycle has {@link #STRIPES} rows; an append locks
 * one (each thread its own, so appends of one cycle wait for each other only when two threads
 * share a stripe) and the issue locks them all. A lock row is created by the first transaction
 * that needs it; another transaction creating the same row waits for that one to end.
 *
 * <p>This class is thread-safe.
 */
final class Locks {

    /** Rows per cycle where only exclusive row locks exist. */
    static final int STRIPES = 16;

    private static final AtomicInteger NEXT_STRIPE = new AtomicInteger();
    private static final ThreadLocal<Integer> STRIPE =
            ThreadLocal.withInitial(() -> Math.floorMod(NEXT_STRIPE.getAndIncrement(), STRIPES));

    private Locks() {
    }

    /** Holds the cycle for an append: shared with other appends, exclusive of its issue. */
    static void cycleForAppend(Connection c, Dialect dialect, PartnerId partner, BillCycle cycle) throws SQLException {
        long start = System.nanoTime();
        if (dialect == Dialect.POSTGRESQL) {
            advisory(c, "pg_advisory_xact_lock_shared", "cycle", partner.value(), cycle.toString());
        } else {
            cycleStripe(c, dialect, partner, cycle, STRIPE.get());
        }
        JdbcLog.lockWait(start, "append", partner, cycle);
    }

    /** Takes a transaction-level advisory lock on the hashes of the schema and partner, and of the key. */
    private static void advisory(Connection c, String function, String kind, String partner, String key)
            throws SQLException {
        Sql.exists(c, "SELECT " + function + "(hashtext('partnerbill-" + kind + ":' || current_schema() || ':' || ?), "
                + "hashtext(?))", s -> {
                    s.setString(1, partner);
                    s.setString(2, key);
                });
    }

    /** Holds the cycle for its issue, alone: waits for the appends and issues holding it. */
    static void cycleForIssue(Connection c, Dialect dialect, PartnerId partner, BillCycle cycle) throws SQLException {
        long start = System.nanoTime();
        if (dialect == Dialect.POSTGRESQL) {
            advisory(c, "pg_advisory_xact_lock", "cycle", partner.value(), cycle.toString());
        } else {
            cycleRows(c, dialect, partner, cycle);
        }
        JdbcLog.lockWait(start, "issue", partner, cycle);
    }

    private static void cycleRows(Connection c, Dialect dialect, PartnerId partner, BillCycle cycle) throws SQLException {
        for (int stripe = 0; stripe < STRIPES; stripe++) {
            create(c, dialect, partner, cycle, stripe);
        }
        // One statement locks the rows in key order, so two issues cannot deadlock on them.
        Sql.query(c, "SELECT stripe FROM pb_cycle_lock WHERE partner_id = ? AND bill_cycle = ? ORDER BY stripe FOR UPDATE",
                s -> {
                    s.setString(1, partner.value());
                    s.setString(2, cycle.toString());
                }, row -> row.getInt(1));
    }

    private static void cycleStripe(Connection c, Dialect dialect, PartnerId partner, BillCycle cycle, int stripe)
            throws SQLException {
        Sql.Binder key = s -> {
            s.setString(1, partner.value());
            s.setString(2, cycle.toString());
            s.setInt(3, stripe);
        };
        String select = "SELECT stripe FROM pb_cycle_lock WHERE partner_id = ? AND bill_cycle = ? AND stripe = ? FOR UPDATE";
        if (!Sql.exists(c, select, key)) {
            create(c, dialect, partner, cycle, stripe);
            Sql.exists(c, select, key);
        }
    }

    private static void create(Connection c, Dialect dialect, PartnerId partner, BillCycle cycle, int stripe)
            throws SQLException {
        // A row another transaction is creating makes this wait for that one's end, then do nothing.
        Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_cycle_lock (partner_id, bill_cycle, stripe) VALUES (?, ?, ?)",
                s -> {
                    s.setString(1, partner.value());
                    s.setString(2, cycle.toString());
                    s.setInt(3, stripe);
                });
    }

    /** Holds a partner's product for an authorization of its discounts, alone. */
    static void product(Connection c, Dialect dialect, PartnerId partner, ProductId product) throws SQLException {
        long start = System.nanoTime();
        if (dialect == Dialect.POSTGRESQL) {
            advisory(c, "pg_advisory_xact_lock", "discount", partner.value(), product.value());
        } else {
            productRow(c, dialect, partner, product);
        }
        JdbcLog.lockWait(start, "discount", partner, product);
    }

    private static void productRow(Connection c, Dialect dialect, PartnerId partner, ProductId product)
            throws SQLException {
        Sql.Binder key = s -> {
            s.setString(1, partner.value());
            s.setString(2, product.value());
        };
        String select = "SELECT product_id FROM pb_discount_lock WHERE partner_id = ? AND product_id = ? FOR UPDATE";
        if (!Sql.exists(c, select, key)) {
            Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_discount_lock (partner_id, product_id) VALUES (?, ?)", key);
            Sql.exists(c, select, key);
        }
    }
}
