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
            if (params != null && params.has("pool")) {
                name += "[" + params.get("pool").asText() + "]";
            }
            if (params != null && params.has("database")) {
                name += "{" + params.get("database").asText() + "}";
            }
            results.put(name, run);
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            Path file = Paths.get(args[i]);
            if (Files.exists(file)) {
                readKeyValues(Files.readString(file, StandardCharsets.UTF_8), extra);
            }
        }
        table(new ObjectMapper().readTree(Paths.get(args[0]).toFile()), extra).forEach(System.out::println);
    }

    /** The table's lines for a JMH JSON result and the figures read from the other files. */
    static List<String> table(JsonNode json, Map<String, String> extra) {
        Report report = new Report(json);
        report.print(extra);
        return report.out;
    }

    /** Reads {@code key=value} pairs, and the B6 heap lines of a JMH log. */
    static void readKeyValues(String text, Map<String, String> into) {
        Matcher b6 = Pattern.compile("B6-heap form=(\\w+) lines=(\\d+) accumulatorBytes=(\\d+) billBytes=(\\d+)")
                .matcher(text);
        while (b6.find()) {
            String prefix = b6.group(1).equals("lines") ? "b6." : "b6." + b6.group(1) + ".";
            into.put(prefix + "accumulatorBytes@" + b6.group(2), b6.group(3));
            into.put(prefix + "billBytes@" + b6.group(2), b6.group(4));
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
        return results.keySet().stream()
                .filter(n -> n.startsWith("ScalingBench.b6_streamed") || n.startsWith("ScalingLinesBench.b6_streamed"))
                .map(n -> n.substring(n.indexOf('@') + 1)).distinct()
                .sorted(java.util.Comparator.comparingLong(Long::parseLong)).toList();
    }

    private void row(String... cells) {
        out.add("| " + String.join(" | ", cells) + " |");
    }

    private void print(Map<String, String> extra) {
        String lines = lines();
        long lineCount = Long.parseLong(lines);
        out.add("| row | measured | baseline(s) | ratio | target | result |");
        out.add("|---|---|---|---|---|---|");
        printBill(lines, lineCount);
        printCsv(lines, lineCount);
        printOrders();
        printScaling(extra);
        printDatabases();
        printFootprint(extra);
    }

    /** B8 and B9, each on PostgreSQL and its H2 twin; the targets are issue 19's, for PostgreSQL. */
    private void printDatabases() {
        for (String db : List.of("postgresql", "h2")) {
            String name = db.equals("h2") ? "H2 file" : "PostgreSQL";
            String bulk = "BulkLinesBench.b8_appendAll{" + db + "}";
            String perLine = "BulkLinesBench.b8_baselinePerLine{" + db + "}";
            if (results.containsKey(bulk)) {
                double ratio = score(bulk) / score(perLine);
                boolean pg = db.equals("postgresql");
                row("B8 bulk lines, " + name, scoreText(bulk) + " (lines/s)", "per-line append: " + scoreText(perLine),
                        num(ratio) + "×", pg ? "≥ 200,000 lines/s and ≥ 5× per-line" : "≥ 5× per-line",
                        met(Math.min(pg ? score(bulk) / 200_000 : 1, ratio / 5), 1));
            }
        }
        for (String name : results.keySet()) {
            if (!name.startsWith("BillDbBench.b9_billFromDatabase@")) {
                continue;
            }
            String at = name.substring(name.indexOf('@'));
            long lineCount = Long.parseLong(at.substring(1, at.indexOf('{')));
            boolean pg = at.endsWith("{postgresql}");
            double linesPerSecond = rowsPerSecond(name, lineCount);
            String groupBy = "BillDbBench.b9_baselineSqlGroupBy" + at;
            String floor = "BillDbBench.b9_floorReadRows" + at;
            row("B9 bill from the database, " + (pg ? "PostgreSQL" : "H2 file") + ", " + lineCount + " lines",
                    scoreText(name) + " = " + num(linesPerSecond) + " lines/s",
                    "SQL group-by: " + num(rowsPerSecond(groupBy, lineCount)) + " lines/s; cursor read alone: "
                            + num(rowsPerSecond(floor, lineCount)) + " lines/s",
                    num(score(groupBy) / score(name)) + "× the group-by", pg ? "≥ 1,000,000 lines/s" : "—",
                    pg ? met(linesPerSecond / 1_000_000, 1) : "—");
        }
    }

    private void printBill(String lines, long lineCount) {
        String objects = "BillBench.b1_partnerbill@" + lines;
        String columns = "BillBench.b1_partnerbillColumns@" + lines;
        String moneta = "BillBench.b1_baselineMoneta@" + lines;
        String raw = "BillBench.b1_baselineRawArrays@" + lines;
        String floor = "BillBench.b1_floorReadLineFields@" + lines;
        String two = "BillBench.b2_partnerbillTwoThreads@" + lines;
        row("B1 (lines) vs (a)", scoreText(objects) + allocPerLine(objects, lineCount),
                "(a) Moneta per line: " + scoreText(moneta) + allocPerLine(moneta, lineCount),
                num(score(moneta) / score(objects)) + "×", "≥ 10×", met(score(moneta) / score(objects), 10));
        row("B1 (columns) vs (b)", scoreText(columns) + allocPerLine(columns, lineCount),
                "(b) raw long columns: " + scoreText(raw),
                num(score(raw) / score(columns)) + "×", "≥ 0.5×", met(score(raw) / score(columns), 0.5));
        row("B1 (columns) vs (a)", scoreText(columns), "(a) Moneta per line", num(score(moneta) / score(columns)) + "×",
                "≥ 10×", met(score(moneta) / score(columns), 10));
        row("B1 (lines) vs (b), evidence", scoreText(objects), "(b) raw long columns",
                num(score(raw) / score(objects)) + "×", "—", "—");
        row("B1 floor over lines, evidence", scoreText(floor), "(b) raw long columns",
                num(score(raw) / score(floor)) + "× of (b)", "—", "—");
        row("B2", scoreText(two), "B1 (lines): " + scoreText(objects),
                num(score(objects) / score(two)) + "×", "≥ 1.7×", met(score(objects) / score(two), 1.7));
    }

    private void printCsv(String lines, long lineCount) {
        String bw = "CsvBench.b3_baselineBufferedWriter@" + lines;
        String jackson = "CsvBench.b3_baselineJacksonCsv@" + lines;
        double bwRows = rowsPerSecond(bw, lineCount);
        for (String[] form : new String[][] {{"b3_partnerbill", "B3 partnerbill exporter"},
            {"b3_partnerbillBackgroundWriting", "B3 partnerbill exporter, background writing"}}) {
            String own = "CsvBench." + form[0] + "@" + lines;
            double ownRows = rowsPerSecond(own, lineCount);
            row(form[1], scoreText(own) + " = " + num(ownRows) + " rows/s",
                    "(a) BufferedWriter: " + scoreText(bw) + " = " + num(bwRows) + " rows/s",
                    num(ownRows / bwRows) + "× (a)", "≥ 1,000,000 rows/s and ≥ 0.5× (a)",
                    met(Math.min(ownRows / 1_000_000, ownRows / bwRows / 0.5), 1));
        }
        double jacksonRows = rowsPerSecond(jackson, lineCount);
        row("B3 (b) Jackson CsvMapper", scoreText(jackson) + " = " + num(jacksonRows) + " rows/s", "(a)",
                num(jacksonRows / bwRows) + "× of (a)", "baseline", "—");
        for (String[] extra : new String[][] {{"b3_ceilingBytesOnly", "B3 I/O alone (the same bytes from one buffer), evidence"},
            {"b3_partnerbillNoFile", "B3 formatting alone (exporter into a null stream), evidence"}}) {
            String name = "CsvBench." + extra[0] + "@" + lines;
            if (results.containsKey(name)) {
                row(extra[1], scoreText(name) + " = " + num(rowsPerSecond(name, lineCount)) + " rows/s", "—", "—", "—",
                        "—");
            }
        }
    }

    private double rowsPerSecond(String name, long lineCount) {
        return lineCount / (score(name) / 1000);
    }

    private void printOrders() {
        String full = "OrderBench.b4_placeOrderInMemory";
        String partial = "OrderBench.b4_placeOrderInMemoryPartial";
        row("B4 (whole `OrderBook.place`)", scoreText(full), "—", "—", "≥ 500,000 orders/s", met(score(full), 500_000));
        row("B4 partial, evidence (no reseller, no budget)", scoreText(partial), "—", "—", "—", "—");
        for (String pool : List.of("hikari", "h2")) {
            String db = "OrderDbBench.b5_placeOrderH2File[" + pool + "]";
            String batched = "OrderDbBench.b5_placeOrdersH2FileBatched[" + pool + "]";
            String poolName = pool.equals("h2") ? "H2's JdbcConnectionPool" : "HikariCP";
            row("B5 (H2 file, a transaction per order, " + poolName + ")", scoreText(db), "—", "—", "≥ 10,000 orders/s",
                    met(score(db), 10_000));
            row("B5 batched, evidence (100 orders per transaction, " + poolName + ")", scoreText(batched), "—", "—", "—",
                    "—");
        }
    }

    private void printScaling(Map<String, String> extra) {
        for (String form : List.of("ScalingBench.b6_streamedColumns", "ScalingLinesBench.b6_streamedBill")) {
            double first = Double.NaN;
            boolean linear = true;
            for (String n : scalingSizes()) {
                String name = form + "@" + n;
                if (!results.containsKey(name)) {
                    continue;
                }
                double perLine = score(name) * 1e6 / Long.parseLong(n);
                if (Double.isNaN(first)) {
                    first = perLine;
                }
                double drift = perLine / first;
                linear &= drift >= 0.8 && drift <= 1.2;
                boolean objects = form.startsWith("ScalingLinesBench.");
                String baseline = objects
                        ? "generator of lines alone " + num(score("ScalingLinesBench.b6_generateOnly@" + n) * 1e6
                                / Long.parseLong(n)) + " ns/line; accumulator "
                                + extra.getOrDefault("b6.accumulatorBytes@" + n, "?") + " B, bill "
                                + extra.getOrDefault("b6.billBytes@" + n, "?") + " B"
                        : "accumulator " + extra.getOrDefault("b6.columns.accumulatorBytes@" + n, "?") + " B, bill "
                                + extra.getOrDefault("b6.columns.billBytes@" + n, "?") + " B";
                row("B6 " + (objects ? "(lines) " : "(columns) ") + n + " lines",
                        scoreText(name) + " = " + num(perLine) + " ns/line", baseline,
                        num(drift) + "× the first size's ns/line", "linear ±20 %; heap ∝ customers × products",
                        linear ? "met" : "**missed**");
            }
        }
    }

    private void printFootprint(Map<String, String> extra) {
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
