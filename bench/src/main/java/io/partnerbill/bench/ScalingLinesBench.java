package io.partnerbill.bench;

import io.partnerbill.core.bill.BillAccumulator;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * B6 over {@code BillLine} objects, evidence beside {@link ScalingBench}: the bill at 1M and 10M
 * lines streamed one line object at a time from the generator, and the generator alone
 * ({@code b6_generateOnly}), so that the accumulator's share can be read off; building each
 * line (order id, instant, two amounts) costs far more than adding it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Djdk.attach.allowAttachSelf=true"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ScalingLinesBench {

    @Param({"1000000", "10000000"})
    public int lines;

    private Workload workload;
    private BillAccumulator last;
    private OwnBill.Result lastBill;

    @Setup(Level.Trial)
    public void setUp() {
        workload = Workload.standard();
    }

    /** B6 (lines): generate and bill, one line at a time. */
    @Benchmark
    public OwnBill.Result b6_streamedBill() {
        BillAccumulator acc = BillAccumulator.create(Workload.PARTNER, Workload.CYCLE, Workload.USD);
        workload.forEach(0, lines, acc::add);
        last = acc;
        lastBill = OwnBill.finish(acc);
        return lastBill;
    }

    /** The generator of lines alone. */
    @Benchmark
    public void b6_generateOnly(Blackhole bh) {
        workload.forEach(0, lines, bh::consume);
    }

    @TearDown(Level.Trial)
    public void printFootprint() {
        if (last != null) {
            System.out.println("B6-heap form=lines lines=" + lines + " accumulatorBytes=" + Heap.retainedBytes(last)
                    + " billBytes=" + Heap.retainedBytes(lastBill));
        }
    }
}
