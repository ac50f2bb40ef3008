package io.partnerbill.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The CI smoke run: every benchmark once, in this JVM, on 10,000 lines, one 100 ms warmup and
 * one 100 ms measurement iteration; the database benchmarks on H2 and, when {@code PARTNERBILL_PG_URL}
 * is set, on PostgreSQL. A benchmark that throws fails the build. Full runs are
 * bench/run.sh's, never CI's.
 */
class BenchmarkSmokeTest {

    static final Set<String> BENCHMARKS = Set.of(
            "BillBench.b1_partnerbill", "BillBench.b1_partnerbillColumns", "BillBench.b1_baselineMoneta", "BillBench.b1_baselineRawArrays",
            "BillBench.b1_floorReadLineFields", "BillBench.b2_partnerbillTwoThreads",
            "CsvBench.b3_baselineBufferedWriter", "CsvBench.b3_baselineJacksonCsv", "CsvBench.b3_partnerbill", "CsvBench.b3_partnerbillBackgroundWriting",
            "CsvBench.b3_ceilingBytesOnly", "CsvBench.b3_partnerbillNoFile",
            "OrderBench.b4_placeOrderInMemoryPartial", "OrderBench.b4_placeOrderInMemory",
            "OrderDbBench.b5_placeOrderH2File", "OrderDbBench.b5_placeOrdersH2FileBatched",
            "OrderIntakeBench.b5pg_placeOrder", "OrderIntakeBench.b5pg_placeAll", "OrderIntakeBench.b5pg_placeAllOwnCustomers",
            "ScalingBench.b6_streamedColumns", "ScalingLinesBench.b6_streamedBill", "ScalingLinesBench.b6_generateOnly",
            "BulkLinesBench.b8_appendAll", "BulkLinesBench.b8_baselinePerLine",
            "BillDbBench.b9_billFromDatabase", "BillDbBench.b9_baselineSqlGroupBy", "BillDbBench.b9_floorReadRows");

    @Test
    void everyBenchmarkRunsOnATinyWorkload() throws Exception {
        Path json = Paths.get("target", "smoke", "jmh-smoke.json");
        Files.createDirectories(json.getParent());
        Options options = new OptionsBuilder()
                .include("io\\.partnerbill\\.bench\\..*")
                .forks(0)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(100))
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .timeout(TimeValue.seconds(60))
                .param("lines", "10000")
                // B8 and B9 on H2, and on PostgreSQL when a server is configured (always under CI: see .ci/postgres.sh).
                .param("database", BenchDatabase.available().toArray(String[]::new))
                .shouldFailOnError(true)
                .shouldDoGC(false)
                .timeUnit(TimeUnit.MILLISECONDS)
                .result(json.toString())
                .resultFormat(ResultFormatType.JSON)
                .verbosity(VerboseMode.SILENT)
                .build();
        System.setProperty("bench.dir", Paths.get("target", "smoke").toAbsolutePath().toString());

        Collection<RunResult> results = new Runner(options).run();

        Set<String> ran = new TreeSet<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replace("io.partnerbill.bench.", "");
            ran.add(name);
            assertThat(result.getPrimaryResult().getScore()).as(name).isPositive();
        }
        assertThat(ran).containsExactlyInAnyOrderElementsOf(BENCHMARKS);
        assertThat(json).isNotEmptyFile();
    }
}
