package io.partnerbill.bench;

import io.partnerbill.core.bill.BillAccumulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What B6's two forms ({@link ScalingBench} over columns, {@link ScalingLinesBench} over line objects)
 * share: single shots in a 2 GiB fork, the workload, and the retained sizes of the last accumulator
 * and bill, printed when the trial ends as {@code B6-heap form=<form> lines=<n> ...} for the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Djdk.attach.allowAttachSelf=true"})
public abstract class StreamedBillBench {

    Workload workload;
    private BillAccumulator last;
    private OwnBill.Result lastBill;

    @Setup(Level.Trial)
    public void setUp() {
        workload = Workload.standard();
    }

    /** Finishes the bill of a shot, keeping it and its accumulator for the footprint line. */
    OwnBill.Result finish(BillAccumulator acc) {
        last = acc;
        lastBill = OwnBill.finish(acc);
        return lastBill;
    }

    /** @return the form's name in the footprint line: {@code columns} or {@code lines} */
    abstract String form();

    /** @return the lines of a shot */
    abstract int lineCount();

    @TearDown(Level.Trial)
    public void printFootprint() {
        if (last != null) {
            System.out.println("B6-heap form=" + form() + " lines=" + lineCount() + " accumulatorBytes="
                    + Heap.retainedBytes(last) + " billBytes=" + Heap.retainedBytes(lastBill));
        }
    }
}
