package io.partnerbill.bench;

import io.partnerbill.core.bill.BillAccumulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B6: the B1 bill at 1M, 10M and 50M lines streamed from the deterministic generator, never
 * held: the fork's heap (2 GiB) could not hold even 10M lines. The generator writes each line's
 * figures straight into a reused {@code BillLineColumns} batch of 65,536 lines, which the
 * accumulator sums batch by batch, so the time is mostly the bill's ({@link ScalingLinesBench}
 * streams {@code BillLine} objects instead, where building the lines dominates). After the run,
 * the accumulator's and the bill's retained sizes are printed (JOL), to show they depend on
 * customers + products × regions and not on lines.
 */
@Warmup(iterations = 5)
@Measurement(iterations = 5)
public class ScalingBench extends StreamedBillBench {

    @Param({"1000000", "10000000", "50000000"})
    public int lines;

    /** Lines per batch of the columnar stream: big enough that summing a batch's few sums into the bill is cheap. */
    static final int BATCH = 1 << 16;

    /** B6: generate each line's figures into a batch of columns, bill batch by batch. */
    @Benchmark
    public OwnBill.Result b6_streamedColumns() {
        BillAccumulator acc = BillAccumulator.create(Workload.PARTNER, Workload.CYCLE, Workload.USD);
        workload.forEachBatch(0, lines, BATCH, acc::addAll);
        return finish(acc);
    }

    @Override
    String form() {
        return "columns";
    }

    @Override
    int lineCount() {
        return lines;
    }
}
