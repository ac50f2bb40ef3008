package io.partnerbill.bench;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.store.AppendCounts;
import io.partnerbill.core.store.AppendOutcome;
import io.partnerbill.core.store.LineStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B8: bill lines appended through the JDBC line store, in lines per second. {@code b8_appendAll}
 * hands {@value #BULK} new lines to {@code LineStore.appendAll} (one transaction: PostgreSQL's
 * {@code COPY} into a staging table and an insert from it; batched inserts on H2);
 * {@code b8_baselinePerLine}, the baseline, appends {@value #PER_LINE} new lines one
 * {@code append} (one transaction) each. Lines are the {@link Workload}'s, each invocation taking the
 * next unused ones (built before it, outside the measurement), so every line is new; the table
 * grows through the run as a month's does. {@code database}: see {@link DatabaseBench}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class BulkLinesBench extends DatabaseBench {

    static final int BULK = 20_000;
    static final int PER_LINE = 500;

    private final Workload workload = Workload.standard();
    private LineStore lines;
    private long next;
    private List<BillLine> batch = List.of();

    @Setup(Level.Trial)
    public void openStore() {
        open(";QUERY_CACHE_SIZE=128"); // as B5: H2 keeps each session's parsed statements
        lines = db.store().lines();
    }

    /** The next unused lines, enough for either benchmark's invocation. */
    @Setup(Level.Invocation)
    public void nextLines() {
        List<BillLine> fresh = new ArrayList<>(BULK);
        for (int i = 0; i < BULK; i++) {
            fresh.add(workload.line(next++));
        }
        batch = fresh;
    }

    @Benchmark
    @OperationsPerInvocation(BULK)
    public AppendCounts b8_appendAll() {
        AppendCounts counts = lines.appendAll(batch);
        if (counts.appended() != BULK) {
            throw new IllegalStateException("Expected " + BULK + " new lines, got " + counts);
        }
        return counts;
    }

    @Benchmark
    @OperationsPerInvocation(PER_LINE)
    public int b8_baselinePerLine() {
        int appended = 0;
        for (int i = 0; i < PER_LINE; i++) {
            if (lines.append(batch.get(i)) == AppendOutcome.APPENDED) {
                appended++;
            }
        }
        if (appended != PER_LINE) {
            throw new IllegalStateException("Expected " + PER_LINE + " new lines, got " + appended);
        }
        return appended;
    }
}
