package io.partnerbill.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The footprint main and the report keep working (the full runs are bench/run.sh's). */
class FootprintAndReportTest {

    private static String run(Runnable main) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void footprint_printsEveryFigure() {
        String out = run(() -> Footprint.main(new String[] {"20000"}));
        Map<String, String> values = new LinkedHashMap<>();
        Report.readKeyValues(out, values);
        assertThat(values).containsKeys("footprint.accumulatorBytes", "footprint.billBytes",
                "footprint.billWithViewsBytes", "footprint.lineObjectsBytesPerLine", "footprint.storeIndexBytesPerLine",
                "footprint.storeBytesPerLine");
        assertThat(values).containsEntry("footprint.lines", "20000").containsEntry("footprint.productRows", "200");
        assertThat(Long.parseLong(values.get("footprint.accumulatorBytes"))).isPositive();
    }

    private static String run(String benchmark, String lines, double score, String unit) {
        return "{\"benchmark\":\"io.partnerbill.bench." + benchmark + "\","
                + (lines == null ? "" : "\"params\":{\"lines\":\"" + lines + "\"},")
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.0,\"scoreUnit\":\"" + unit + "\"}}";
    }

    @Test
    void report_printsEachRowsRatioAndVerdict() throws Exception {
        String json = "[" + String.join(",",
                run("BillBench.b1_partnerbill", "10000000", 1000, "ms/op"),
                run("BillBench.b1_partnerbillColumns", "10000000", 100, "ms/op"),
                run("BillBench.b1_baselineMoneta", "10000000", 30000, "ms/op"),
                run("BillBench.b1_baselineRawArrays", "10000000", 60, "ms/op"),
                run("BillBench.b1_floorReadLineFields", "10000000", 250, "ms/op"),
                run("BillBench.b2_partnerbillTwoThreads", "10000000", 800, "ms/op"),
                run("CsvBench.b3_partnerbill", "10000000", 8000, "ms/op"),
                run("CsvBench.b3_partnerbillBackgroundWriting", "10000000", 12500, "ms/op"),
                run("CsvBench.b3_baselineBufferedWriter", "10000000", 20000, "ms/op"),
                run("CsvBench.b3_baselineJacksonCsv", "10000000", 40000, "ms/op"),
                run("OrderBench.b4_placeOrderInMemory", null, 600000, "ops/s"),
                run("OrderBench.b4_placeOrderInMemoryPartial", null, 900000, "ops/s"),
                run("OrderDbBench.b5_placeOrderH2File", null, 9000, "ops/s").replace("\"primaryMetric\"",
                        "\"params\":{\"pool\":\"hikari\"},\"primaryMetric\""),
                run("ScalingBench.b6_streamedColumns", "1000000", 20, "ms/op"),
                run("ScalingBench.b6_streamedColumns", "10000000", 210, "ms/op"),
                run("ScalingBench.b6_streamedColumns", "50000000", 1300, "ms/op")) + "]";
        Map<String, String> extra = new LinkedHashMap<>();
        Report.readKeyValues("B6-heap form=columns lines=1000000 accumulatorBytes=780 billBytes=3000\n", extra);

        String table = String.join("\n", Report.table(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json),
                extra));

        // Ratios worked out by hand from the scores above.
        assertThat(table).contains("| B1 (lines) vs (a) |").contains("| 30.00× | ≥ 10× | met |");
        assertThat(table).contains("| 0.60× | ≥ 0.5× | met |");                  // 60 / 100
        assertThat(table).contains("| 1.25× | ≥ 1.7× | **missed** |");            // B2: 1000 / 800
        assertThat(table).contains("= 1,250,000 rows/s").contains("| 2.50× (a) |"); // 10M rows in 8 s; 20 / 8
        assertThat(table).contains("| 1.60× (a) | ≥ 1,000,000 rows/s and ≥ 0.5× (a) | **missed** |"); // 800,000 rows/s
        assertThat(table).contains("| B4 (whole `OrderBook.place`) | 600,000 ± 1.00 ops/s | — | — | ≥ 500,000 orders/s | met |");
        assertThat(table).contains("| B5 (H2 file, a transaction per order, HikariCP) | 9,000 ± 1.00 ops/s | — | — "
                + "| ≥ 10,000 orders/s | **missed** |");
        assertThat(table).contains("| B6 (columns) 50000000 lines |").contains("= 26.00 ns/line")
                .contains("1.30× the first size's ns/line").contains("accumulator 780 B, bill 3000 B");
        assertThat(table).contains("| linear ±20 %; heap ∝ customers × products | **missed** |"); // 26 vs 20 ns/line
    }

    private static String onDatabase(String benchmark, String lines, String database, double score, String unit) {
        return run(benchmark, null, score, unit).replace("\"primaryMetric\"", "\"params\":{"
                + (lines == null ? "" : "\"lines\":\"" + lines + "\",") + "\"database\":\"" + database + "\"},\"primaryMetric\"");
    }

    @Test
    void report_printsTheDatabaseRowsOfB8AndB9() throws Exception {
        String json = "[" + String.join(",",
                onDatabase("BulkLinesBench.b8_appendAll", null, "postgresql", 80_000, "ops/s"),
                onDatabase("BulkLinesBench.b8_baselinePerLine", null, "postgresql", 1_000, "ops/s"),
                onDatabase("BulkLinesBench.b8_appendAll", null, "h2", 90_000, "ops/s"),
                onDatabase("BulkLinesBench.b8_baselinePerLine", null, "h2", 10_000, "ops/s"),
                onDatabase("BillDbBench.b9_billFromDatabase", "1000000", "postgresql", 2_000, "ms/op"),
                onDatabase("BillDbBench.b9_baselineSqlGroupBy", "1000000", "postgresql", 500, "ms/op"),
                onDatabase("BillDbBench.b9_floorReadRows", "1000000", "postgresql", 1_250, "ms/op")) + "]";

        String table = String.join("\n", Report.table(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json),
                new LinkedHashMap<>()));

        // Worked out by hand: 80,000 / 1,000 = 80×, but under 200,000 lines/s; 90,000 / 10,000 = 9×.
        assertThat(table).contains("| B8 bulk lines, PostgreSQL | 80,000 ± 1.00 ops/s (lines/s) | per-line append: "
                + "1,000 ± 1.00 ops/s | 80.00× | ≥ 200,000 lines/s and ≥ 5× per-line | **missed** |");
        assertThat(table).contains("| B8 bulk lines, H2 file | 90,000 ± 1.00 ops/s (lines/s) | per-line append: "
                + "10,000 ± 1.00 ops/s | 9.00× | ≥ 5× per-line | met |");
        // 1M lines in 2 s = 500,000 lines/s; in 0.5 s = 2,000,000; in 1.25 s = 800,000; 500 / 2,000 = 0.25×.
        assertThat(table).contains("| B9 bill from the database, PostgreSQL, 1000000 lines | 2,000 ± 1.00 ms/op = 500,000 "
                + "lines/s | SQL group-by: 2,000,000 lines/s; cursor read alone: 800,000 lines/s | 0.25× the group-by "
                + "| ≥ 1,000,000 lines/s | **missed** |");
    }

    @Test
    void report_readsTheB6HeapLinesOfAJmhLog() {
        Map<String, String> values = new LinkedHashMap<>();
        Report.readKeyValues("noise\nB6-heap form=lines lines=1000000 accumulatorBytes=123 billBytes=456\n", values);
        assertThat(values).containsEntry("b6.accumulatorBytes@1000000", "123").containsEntry("b6.billBytes@1000000", "456");
    }
}
