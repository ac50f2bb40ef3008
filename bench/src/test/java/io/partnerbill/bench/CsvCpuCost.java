package io.partnerbill.bench;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.ExportContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * B3 evidence on a busy machine: the CPU time of the benchmark thread per row (user + system,
 * from {@link ThreadMXBean}), which other processes on the same cores do not inflate the way
 * they inflate wall time. Formats the workload's lines into a null stream (no file) with
 * partnerbill's exporter and with baseline (a)'s writer. Uses only public API, so the same
 * class runs against an older build of the exporter:
 *
 * <pre>java -cp bench/target/benchmarks.jar:bench/target/test-classes io.partnerbill.bench.CsvCpuCost 1000000 7</pre>
 */
public final class CsvCpuCost {

    private CsvCpuCost() {
    }

    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<BillLine> data = Workload.standard().lines(lines);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] exporter = new long[rounds];
        long[] bufferedWriter = new long[rounds];
        for (int round = -2; round < rounds; round++) { // two rounds of warm-up
            long t0 = threads.getCurrentThreadCpuTime();
            Exporter.csv().writeLines(data.iterator(), ExportContext.defaults(), OutputStream.nullOutputStream());
            long t1 = threads.getCurrentThreadCpuTime();
            try (Writer out = new BufferedWriter(new OutputStreamWriter(OutputStream.nullOutputStream(),
                    StandardCharsets.UTF_8))) {
                CsvRows.write(data, out);
            }
            long t2 = threads.getCurrentThreadCpuTime();
            if (round >= 0) {
                exporter[round] = t1 - t0;
                bufferedWriter[round] = t2 - t1;
            }
        }
        System.out.printf("CPU ns/row over %,d lines, %d rounds: exporter min %.0f median %.0f;"
                + " baseline (a) min %.0f median %.0f%n", lines, rounds, min(exporter) / lines,
                median(exporter) / lines, min(bufferedWriter) / lines, median(bufferedWriter) / lines);
    }

    private static double min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
