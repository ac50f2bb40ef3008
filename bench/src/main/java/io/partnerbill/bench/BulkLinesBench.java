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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B8: bill lines appended through the JDBC line store, in lines per second. {@code b8_appendAll}
 * hands {@value #BULK} new lines to {@code LineStore.appendAll} (one transaction: PostgreSQL's
 * {@code COPY} into a staging table and an insert from it; batched inserts on H2);
 * {@code b8_baselinePerLine}, the baseline, appends {@value #PER_LINE} new lines one
 * {@code append} (one transaction) each. Lines are the {@link Workload}'s, each invocation taking the
 * next unused ones (built before it, outside the measurement), so every line is new; the table
 * grows through the run as a month's does. {@code database}: see {@link BenchDatabase}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class BulkLinesBench {

    static final int BULK = 20_000;
    static final int PER_LINE = 500;

    @Param({"h2", "postgresql"})
    public String database;

    private final Workload workload = Workload.standard();
    private BenchDatabase db;
    private LineStore lines;
    private long next;
    private List<BillLine> batch = List.of();

    @Setup(Level.Trial)
    public void open() {
        db = BenchDatabase.open(database, ";QUERY_CACHE_SIZE=128");
        lines = db.store().lines();
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
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
