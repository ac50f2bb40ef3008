package io.partnerbill.jdbc;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.bill.BillLine;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The victim of {@link BulkCrashTest}: appends batches of {@value #BATCH} lines with
 * {@code LineStore.appendAll} (PostgreSQL's COPY, or batched inserts on H2) until it is killed.
 * Batch {@code n} is the lines of customer {@code C-n}; a restarted victim goes on after the
 * batches already stored.
 */
public final class BulkCrashWriter {

    static final int BATCH = 2000;

    private BulkCrashWriter() {
    }

    /**
     * Appends batches until killed.
     *
     * @param args the JDBC URL (H2 or PostgreSQL; PostgreSQL's user and password from the environment)
     */
    public static void main(String[] args) {
        DataSource ds;
        if (args[0].startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(args[0]);
            pg.setUser(System.getenv("PARTNERBILL_PG_USER"));
            pg.setPassword(System.getenv("PARTNERBILL_PG_PASSWORD"));
            ds = pg;
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(args[0]);
            ds = h2;
        }
        JdbcBillingStore store = JdbcBillingStore.create(new TestPool(ds));
        store.migrate();
        long stored = store.lines().count(TransactionTest.PARTNER, BillCycle.of(2024, 1));
        for (int n = (int) (stored / BATCH); ; n++) {
            store.lines().appendAll(batch(n));
            System.out.println("committed " + n);
            System.out.flush();
        }
    }

    static List<BillLine> batch(int n) {
        List<BillLine> lines = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            lines.add(TransactionTest.line("K-" + n + "-" + i, i + ".25").toBuilder().customer(CustomerId.of("C-" + n)).build());
        }
        return lines;
    }
}
