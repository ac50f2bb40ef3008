package io.partnerbill.bench;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillLineColumns;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B1 (the monthly bill of the workload's lines) against its baselines (a) one Moneta amount
 * per line into {@code HashMap}s and (b) a raw loop over primitive columns; and B2, the same
 * bill in two chunks on two threads, merged, against B1. All four run in the same JMH run,
 * each in its own fork holding the same pre-built lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
public class BillBench {

    /** Lines in the workload. */
    @Param("10000000")
    public int lines;

    private List<BillLine> data;
    private RawColumns columns;
    private BillLineColumns lineColumns;
    private ExecutorService secondThread;

    @Setup(Level.Trial)
    public void setUp() {
        data = Workload.standard().lines(lines);
        columns = RawColumns.of(data);
        lineColumns = OwnBill.columns(data);
        secondThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-second-chunk");
            t.setDaemon(true);
            return t;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        secondThread.shutdownNow();
    }

    /** B1: partnerbill's bill (accumulator, calculator with tax, by-product and by-customer views). */
    @Benchmark
    public OwnBill.Result b1_partnerbill() {
        return OwnBill.compute(data);
    }

    /**
     * B1 over columns: the same bill from a {@code BillLineColumns} batch holding the lines'
     * figures (built once in the setup, as baseline (b)'s columns are), the form for lines that
     * arrive in bulk from an importer or a database cursor.
     */
    @Benchmark
    public OwnBill.Result b1_partnerbillColumns() {
        return OwnBill.compute(lineColumns);
    }

    /** B1 baseline (a): one Moneta amount per line into HashMaps. */
    @Benchmark
    public MonetaBill.Result b1_baselineMoneta() {
        return MonetaBill.compute(data);
    }

    /** B1 baseline (b): raw loop over long columns into long arrays (the limit). */
    @Benchmark
    public RawColumns.Result b1_baselineRawArrays() {
        return columns.sum();
    }

    /**
     * Not a target, evidence: the least any bill over {@code BillLine} objects must do, read
     * from every line the fields a bill needs (type, partner, cycle, currency, customer,
     * product, region) and sum nothing. Compare with (b), which reads compact columns.
     */
    @Benchmark
    public long b1_floorReadLineFields() {
        long h = 0;
        for (int i = 0, n = data.size(); i < n; i++) {
            BillLine line = data.get(i);
            if (line.partner() != Workload.PARTNER || line.cycle() != Workload.CYCLE || line.currency() != Workload.USD) {
                throw new IllegalStateException("Line of another bill: " + line);
            }
            h += line.billType().ordinal() + line.customer().hashCode() + line.product().hashCode()
                    + line.regionCode().hashCode();
        }
        return h;
    }

    /** B2: B1 split in two chunks on two threads, then merged. */
    @Benchmark
    public OwnBill.Result b2_partnerbillTwoThreads() throws Exception {
        return OwnBill.computeInTwo(data, secondThread);
    }
}
