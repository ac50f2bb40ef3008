package io.partnerbill.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B7 in small, so that the benchmark keeps compiling and working in the build: 20,000 lines, one
 * round after the warm-up. Its numbers mean nothing at this size; its checks do (every run counts
 * every line, and the batch and row paths give the same sums).
 */
class B7BenchSmokeTest {

    @Test
    void b7_runsEveryWayOverParquet_andTheWaysAgree(@TempDir Path dir) {
        double[] medians = B7Bench.run(SparkTests.SPARK, 20_000, 1, dir);

        assertThat(medians).hasSize(4);
        assertThat(java.util.Arrays.stream(medians).min().orElseThrow()).isPositive();
        assertThat(dir.resolve("lines-20000.parquet")).isDirectory();
    }
}
