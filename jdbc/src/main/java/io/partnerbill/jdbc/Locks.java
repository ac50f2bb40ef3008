package io.partnerbill.jdbc;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lock rows of schema V010, held until the transaction ends: a partner's cycle, which appends
 * share and its issue takes alone, and a partner's product, which an authorization takes alone.
 *
 * <p>PostgreSQL has a shared row lock: an append takes {@code FOR SHARE} on the cycle's row,
 * the issue {@code FOR UPDATE}. H2 2.x locks rows for writing only ({@code FOR UPDATE}); there
 * the cycle has {@link #STRIPES} rows, an append locks one of them (each thread its own, so
 * appends of one cycle wait for each other only when two threads share a stripe) and the
 * issue locks them all. Other databases are treated like H2. A lock row is created by the
 * first transaction that needs it; another transaction creating the same row waits for it.
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
        if (dialect == Dialect.POSTGRESQL) {
            cycleStripe(c, dialect, partner, cycle, 0, " FOR SHARE");
        } else {
            cycleStripe(c, dialect, partner, cycle, STRIPE.get(), " FOR UPDATE");
        }
    }

    /** Holds the cycle for its issue, alone: waits for the appends and issues holding it. */
    static void cycleForIssue(Connection c, Dialect dialect, PartnerId partner, BillCycle cycle) throws SQLException {
        int stripes = dialect == Dialect.POSTGRESQL ? 1 : STRIPES;
        for (int stripe = 0; stripe < stripes; stripe++) {
            create(c, dialect, partner, cycle, stripe);
        }
        // One statement locks the rows in key order, so two issues cannot deadlock on them.
        Sql.query(c, "SELECT stripe FROM pb_cycle_lock WHERE partner_id = ? AND bill_cycle = ? ORDER BY stripe FOR UPDATE",
                s -> {
                    s.setString(1, partner.value());
                    s.setString(2, cycle.toString());
                }, row -> row.getInt(1));
    }

    private static void cycleStripe(Connection c, Dialect dialect, PartnerId partner, BillCycle cycle, int stripe,
            String mode) throws SQLException {
        Sql.Binder key = s -> {
            s.setString(1, partner.value());
            s.setString(2, cycle.toString());
            s.setInt(3, stripe);
        };
        String select = "SELECT stripe FROM pb_cycle_lock WHERE partner_id = ? AND bill_cycle = ? AND stripe = ?" + mode;
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
