package io.partnerbill.bench;

import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.billing.PartnerBilling;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B9: the bill of a month stored in the database, end to end through the ordinary path
 * ({@code PartnerBilling.bills().calculate} on a {@code JdbcBillingStore}: the rows stream through a
 * cursor into {@code BillLineColumns} batches), in a fork of 256 MB of heap ({@link DatabaseBench}) that
 * cannot hold the month. Baselines in the same run: {@code b9_baselineSqlGroupBy}, the database summing the month
 * itself (two group-bys of the figures a bill shows, read to the client: what a summed-by-SQL bill
 * costs at least, before the bill is built) and {@code b9_floorReadRows}, the same cursor read
 * without summing anything (the driver's and the wire's share).
 *
 * <p>The setup stores the month: the first {@code lines / 2^d} {@link Workload} lines through
 * {@code appendAll}, then doubled {@code d} times in SQL under new order ids (so filling 10M lines
 * takes minutes, not an hour), and checks that the bill read from the database equals the bill of
 * those lines summed in memory, doubled by merging, to the last digit.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class BillDbBench extends DatabaseBench {

    private static final int CHUNK = 20_000;
    private static final String WHERE = " FROM pb_line WHERE partner_id = ? AND bill_cycle = ?";
    /** The figures a bill sums, as the store reads them. */
    private static final String FIGURES = "customer_id, product_id, product_name, product_type, region_code, bill_type, "
            + "currency, customer_expenditure, settlement_amount";

    /** Lines in the stored month: 10M in the full run, as issue 19 asks, under 256 MB of heap. */
    @Param("10000000")
    public int lines;

    private PartnerBilling billing;

    @Setup(Level.Trial)
    public void storeTheMonth() throws SQLException {
        // H2 returns the previous result of an unchanged query from its session's cache of parsed statements
        // (a 1M-line group-by in 1 ms): every read here must be a read, so H2 parses each statement anew.
        open(";QUERY_CACHE_SIZE=0");
        billing = PartnerBilling.builder().store(db.store()).currency("USD").calendar(Workload.CALENDAR)
                .taxPolicy(Workload.VAT_10).clock(Clock.fixed(Instant.parse("2025-11-05T04:00:00Z"), ZoneOffset.UTC))
                .build();
        int doublings = doublings(lines);
        int base = lines >> doublings;
        BillAccumulator expected = BillAccumulator.create(Workload.PARTNER, Workload.CYCLE, Workload.USD);
        for (int from = 0; from < base; from += CHUNK) {
            List<BillLine> chunk = new ArrayList<>(CHUNK);
            for (int i = from; i < Math.min(base, from + CHUNK); i++) {
                chunk.add(Workload.standard().line(i));
            }
            db.store().lines().appendAll(chunk);
            expected.addAll(chunk);
        }
        try (Connection c = db.dataSource().getConnection()) {
            String copy = doublingInsert(c);
            for (int d = 1; d <= doublings; d++) {
                try (PreparedStatement s = c.prepareStatement(copy)) {
                    s.setString(1, "." + d);
                    s.setString(2, Workload.PARTNER.value());
                    s.setString(3, Workload.CYCLE.toString());
                    s.executeUpdate();
                }
                expected.merge(BillAccumulator.fromByteArray(expected.toByteArray()));
            }
            if ("postgresql".equals(database)) {
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE pb_line"); // as autovacuum would, before the month is billed
                }
            }
        }
        MonthlyBill bill = b9_billFromDatabase();
        MonthlyBill inMemory = Workload.CALCULATOR.calculate(expected, Workload.NO_COUPONS);
        if (bill.lineCount() != lines || !bill.equals(inMemory)) {
            throw new IllegalStateException("The bill from the database differs from the bill in memory: " + bill
                    + " against " + inMemory);
        }
    }

    /** How many times to double: as many as leave at least 5,000 lines to append, and divide {@code lines} exactly. */
    static int doublings(int lines) {
        int d = 0;
        while (d < 10 && lines % (2 << d) == 0 && (lines >> (d + 1)) >= 5_000) {
            d++;
        }
        return d;
    }

    /** Copies a month's rows under order ids with a suffix (parameter 1): every stored column but the key. */
    private static String doublingInsert(Connection c) throws SQLException {
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner values = new StringJoiner(", ");
        try (Statement s = c.createStatement(); ResultSet none = s.executeQuery("SELECT * FROM pb_line WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                if (!column.equals("seq")) {
                    columns.add(column);
                    values.add(column.equals("order_id") ? "order_id || CAST(? AS VARCHAR(8))" : column);
                }
            }
        }
        return "INSERT INTO pb_line (" + columns + ") SELECT " + values + WHERE;
    }

    /** B9: the month's bill, through the facade, as a service computes it. */
    @Benchmark
    public MonthlyBill b9_billFromDatabase() {
        return billing.bills().calculate(Workload.PARTNER, Workload.CYCLE);
    }

    /**
     * Baseline: the database sums the month itself, as two group-bys of what a bill shows (by product, its
     * name and type, region and bill type; by customer and bill type: a group-by of every column at once
     * would return about as many groups as lines here), and the client reads the groups. Before the bill
     * is built: a lower bound of a summed-by-SQL bill.
     */
    @Benchmark
    public long b9_baselineSqlGroupBy() throws SQLException {
        return read("SELECT product_id, product_name, product_type, region_code, bill_type, currency, "
                + "SUM(customer_expenditure), SUM(settlement_amount), COUNT(*)" + WHERE
                + " GROUP BY product_id, product_name, product_type, region_code, bill_type, currency", 9)
                + read("SELECT customer_id, bill_type, currency, SUM(settlement_amount), COUNT(*)" + WHERE
                        + " GROUP BY customer_id, bill_type, currency", 5) - lines;
    }

    /** Floor: the store's cursor over the month's nine columns, nothing summed. */
    @Benchmark
    public long b9_floorReadRows() throws SQLException {
        return read("SELECT " + FIGURES + WHERE, 0);
    }

    /** Reads a query's rows as the store reads the month (a transaction, forward only, 1,000 a fetch); touches one column. */
    private long read(String sql, int column) throws SQLException {
        long rows = 0;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(1_000);
                s.setString(1, Workload.PARTNER.value());
                s.setString(2, Workload.CYCLE.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows += column == 0 ? 1 : r.getLong(column);
                    }
                }
            } finally {
                c.commit();
                c.setAutoCommit(true);
            }
        }
        if (rows != lines) {
            throw new IllegalStateException("Read " + rows + " lines, expected " + lines);
        }
        return rows;
    }
}
