package io.partnerbill.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JMH JSON result (and, if given, the footprint output and the JMH text log) and
 * prints the issue-9 table: each row's score, its baselines, the ratio and the target.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.partnerbill.bench.Report results.json [footprint.txt] [jmh.log]}
 */
public final class Report {

    private static final String PREFIX = "io.partnerbill.bench.";

    private final Map<String, JsonNode> results = new LinkedHashMap<>();
    private final List<String> out = new ArrayList<>();

    private Report(JsonNode json) {
        for (JsonNode run : json) {
            String name = run.get("benchmark").asText().replace(PREFIX, "");
            JsonNode params = run.get("params");
            if (params != null && params.has("lines")) {
                name += "@" + params.get("lines").asText();
            }
            results.put(name, run);
        }
    }

    public static void main(String[] args) throws IOException {
        Report report = new Report(new ObjectMapper().readTree(Paths.get(args[0]).toFile()));
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            Path file = Paths.get(args[i]);
            if (Files.exists(file)) {
                readKeyValues(Files.readString(file, StandardCharsets.UTF_8), extra);
            }
        }
        report.print(extra);
        report.out.forEach(System.out::println);
    }

    /** Reads {@code key=value} pairs, and the B6 heap lines of a JMH log. */
    static void readKeyValues(String text, Map<String, String> into) {
        Matcher b6 = Pattern.compile("B6-heap form=lines lines=(\\d+) accumulatorBytes=(\\d+) billBytes=(\\d+)").matcher(text);
        while (b6.find()) {
            into.put("b6.accumulatorBytes@" + b6.group(1), b6.group(2));
            into.put("b6.billBytes@" + b6.group(1), b6.group(3));
        }
        Matcher kv = Pattern.compile("(?m)^(footprint\\.[A-Za-z]+)=([0-9.]+)$").matcher(text);
        while (kv.find()) {
            into.put(kv.group(1), kv.group(2));
        }
    }

    private double score(String name) {
        JsonNode run = results.get(name);
        return run == null ? Double.NaN : run.get("primaryMetric").get("score").asDouble();
    }

    private String scoreText(String name) {
        JsonNode run = results.get(name);
        if (run == null) {
            return "not run";
        }
        JsonNode m = run.get("primaryMetric");
        return String.format(Locale.ROOT, "%s ± %s %s", num(m.get("score").asDouble()),
                num(m.get("scoreError").asDouble()), m.get("scoreUnit").asText());
    }

    /** Bytes allocated per line by a benchmark, from JMH's gc profiler, or "". */
    private String allocPerLine(String name, long lineCount) {
        JsonNode run = results.get(name);
        JsonNode norm = run == null ? null : run.path("secondaryMetrics").get("gc.alloc.rate.norm");
        if (norm == null) {
            return "";
        }
        return String.format(Locale.ROOT, "; allocates %.1f B/line", norm.get("score").asDouble() / lineCount);
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String met(double ratio, double target) {
        return Double.isNaN(ratio) ? "not run" : ratio >= target ? "met" : "**missed**";
    }

    /** The workload size the B1 runs used (10,000,000 unless run with {@code -p lines=...}). */
    private String lines() {
        for (String name : results.keySet()) {
            if (name.startsWith("BillBench.") && name.contains("@")) {
                return name.substring(name.indexOf('@') + 1);
            }
        }
        return String.valueOf(Workload.LINES);
    }

    private List<String> scalingSizes() {
        return results.keySet().stream().filter(n -> n.startsWith("ScalingBench.b6_streamedBill@"))
                .map(n -> n.substring(n.indexOf('@') + 1)).sorted(java.util.Comparator.comparingLong(Long::parseLong))
                .toList();
    }

    private void row(String... cells) {
        out.add("| " + String.join(" | ", cells) + " |");
    }

    private void print(Map<String, String> extra) {
        String lines = lines();
        long lineCount = Long.parseLong(lines);
        out.add("| row | measured | baseline(s) | ratio | target | result |");
        out.add("|---|---|---|---|---|---|");

        double own = score("BillBench.b1_partnerbill@" + lines);
        double moneta = score("BillBench.b1_baselineMoneta@" + lines);
        double raw = score("BillBench.b1_baselineRawArrays@" + lines);
        double floor = score("BillBench.b1_floorReadLineFields@" + lines);
        double two = score("BillBench.b2_partnerbillTwoThreads@" + lines);
        row("B1 vs (a)", scoreText("BillBench.b1_partnerbill@" + lines)
                + allocPerLine("BillBench.b1_partnerbill@" + lines, lineCount),
                "(a) Moneta per line: " + scoreText("BillBench.b1_baselineMoneta@" + lines)
                + allocPerLine("BillBench.b1_baselineMoneta@" + lines, lineCount),
                num(moneta / own) + "×", "≥ 10×", met(moneta / own, 10));
        row("B1 vs (b)", scoreText("BillBench.b1_partnerbill@" + lines),
                "(b) raw long columns: " + scoreText("BillBench.b1_baselineRawArrays@" + lines),
                num(raw / own) + "×", "≥ 0.5×", met(raw / own, 0.5));
        row("B1 floor (evidence)", scoreText("BillBench.b1_floorReadLineFields@" + lines),
                "(b) raw long columns", num(raw / floor) + "× of (b)", "—", "—");
        row("B2", scoreText("BillBench.b2_partnerbillTwoThreads@" + lines), "B1: " + scoreText("BillBench.b1_partnerbill@" + lines),
                num(own / two) + "×", "≥ 1.7×", met(own / two, 1.7));

        double bw = score("CsvBench.b3_baselineBufferedWriter@" + lines);
        double jackson = score("CsvBench.b3_baselineJacksonCsv@" + lines);
        double bwRows = lineCount / (bw / 1000);
        double jacksonRows = lineCount / (jackson / 1000);
        row("B3 (a) BufferedWriter", scoreText("CsvBench.b3_baselineBufferedWriter@" + lines), num(bwRows) + " rows/s",
                "—", "baseline", "—");
        row("B3 (b) Jackson CsvMapper", scoreText("CsvBench.b3_baselineJacksonCsv@" + lines), num(jacksonRows) + " rows/s",
                num(jacksonRows / bwRows) + "× of (a)", "baseline", "—");
        row("B3 partnerbill exporter", "pending: export module not landed", "(a), (b) above", "—",
                "≥ 1,000,000 rows/s and ≥ 0.5× (a)", "pending");

        double orders = score("OrderBench.b4_placeOrderInMemoryPartial");
        row("B4 partial (no budget)", scoreText("OrderBench.b4_placeOrderInMemoryPartial"), "—", "—",
                "≥ 500,000 orders/s", met(orders, 500_000) + " (partial)");
        row("B4 full", "pending: orders/budgets module not landed", "—", "—", "≥ 500,000 orders/s", "pending");
        row("B5", "pending: jdbc module not landed", "—", "—", "≥ 10,000 orders/s", "pending");

        double first = Double.NaN;
        boolean linear = true;
        for (String n : scalingSizes()) {
            double ms = score("ScalingBench.b6_streamedBill@" + n);
            double gen = score("ScalingBench.b6_generateOnly@" + n);
            double perLine = ms * 1e6 / Long.parseLong(n);
            double genPerLine = gen * 1e6 / Long.parseLong(n);
            if (Double.isNaN(first)) {
                first = perLine;
            }
            double drift = perLine / first;
            linear &= drift >= 0.8 && drift <= 1.2;
            row("B6 " + n + " lines", scoreText("ScalingBench.b6_streamedBill@" + n) + " = " + num(perLine) + " ns/line",
                    "generator alone " + num(genPerLine) + " ns/line; bill's share " + num(perLine - genPerLine)
                            + " ns/line; accumulator " + extra.getOrDefault("b6.accumulatorBytes@" + n, "?")
                            + " B, bill " + extra.getOrDefault("b6.billBytes@" + n, "?") + " B",
                    num(drift) + "× the first size's ns/line", "linear ±20 %; heap ∝ customers × products",
                    linear ? "met" : "**missed**");
        }
        if (extra.containsKey("footprint.accumulatorBytes")) {
            out.add("");
            out.add("Footprint (" + extra.get("footprint.lines") + " lines, " + extra.get("footprint.customers")
                    + " customers, " + extra.get("footprint.productRows") + " product rows):");
            out.add("- accumulator: " + extra.get("footprint.accumulatorBytes") + " bytes");
            out.add("- MonthlyBill: " + extra.get("footprint.billBytes") + " bytes; with its by-product and by-customer views: "
                    + extra.get("footprint.billWithViewsBytes") + " bytes");
            out.add("- BillLine objects: " + extra.get("footprint.lineObjectsBytesPerLine")
                    + " bytes/line; the in-memory LineStore adds " + extra.get("footprint.storeIndexBytesPerLine")
                    + " bytes/line; total " + extra.get("footprint.storeBytesPerLine") + " bytes/line");
        }
    }
}
