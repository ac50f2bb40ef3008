package io.partnerbill.bench;

import io.partnerbill.core.bill.BillAccumulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * B6 over {@code BillLine} objects, evidence beside {@link ScalingBench}: the bill at 1M and 10M
 * lines streamed one line object at a time from the generator, and the generator alone
 * ({@code b6_generateOnly}), so that the accumulator's share can be read off; building each
 * line (order id, instant, two amounts) costs far more than adding it.
 */
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ScalingLinesBench extends StreamedBillBench {

    @Param({"1000000", "10000000"})
    public int lines;

    /** B6 (lines): generate and bill, one line at a time. */
    @Benchmark
    public OwnBill.Result b6_streamedBill() {
        BillAccumulator acc = BillAccumulator.create(Workload.PARTNER, Workload.CYCLE, Workload.USD);
        workload.forEach(0, lines, acc::add);
        return finish(acc);
    }

    /** The generator of lines alone. */
    @Benchmark
    public void b6_generateOnly(Blackhole bh) {
        workload.forEach(0, lines, bh::consume);
    }

    @Override
    String form() {
        return "lines";
    }

    @Override
    int lineCount() {
        return lines;
    }
}
