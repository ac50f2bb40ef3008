package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.export.format.BillDetailsLayout;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bill} and {@code reconcile} over a file that can never fit in the heap: a forked JVM at
 * {@code -Xmx64m} reads a generated file of {@code -Dpartnerbill.bigfile.mb} megabytes (1024 by
 * default, as CI runs it; smaller for a quick local run) and must print the totals summed here,
 * independently, while the file was written.
 */
class BigFileTest {

    private static final long MEGABYTES = Long.getLong("partnerbill.bigfile.mb", 1024);
    /** Every this many lines, the settlement amount is one cent off: a difference for reconcile. */
    private static final long PLANTED_EVERY = 100_003;
    private static final long TIMEOUT_SECONDS = 600;

    @TempDir
    static Path dir;

    private static Path file;
    private static long lines;
    private static long planted;
    /** Settlement sums in units of 0.0001 USD. */
    private static long expenditures;
    private static long refunds;
    private static double writeSeconds;

    @BeforeAll
    static void writeTheFile() throws IOException {
        long start = System.nanoTime();
        file = dir.resolve("big.csv");
        long target = MEGABYTES << 20;
        long bytes = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            String header = String.join(",", BillDetailsLayout.COLUMNS) + "\n";
            w.write(header);
            bytes += header.length();
            StringBuilder row = new StringBuilder(256);
            for (long i = 1; bytes < target; i++) {
                row.setLength(0);
                boolean refund = i % 10 == 0;
                long cents = 100 + i % 99_991; // USD 1.00 .. 1,000.90
                long settlement = cents * 88; // 12.00% off, in units of 0.0001
                if (i % PLANTED_EVERY == 0) {
                    settlement += 100; // one cent more than the discount gives
                    planted++;
                }
                if (refund) {
                    cents = -cents;
                    settlement = -settlement;
                    refunds += settlement;
                } else {
                    expenditures += settlement;
                }
                long second = i % (30L * 86_400); // within January, Beijing time
                row.append('C').append(i % 97).append(",2024-01,,,P1,,,").append(refund ? "Refund" : "Expenditure")
                        .append(",Pay-per-use,Common products,CP,Product ").append(i % 31).append(",PRD").append(i % 31)
                        .append(",,,,,AP-Singapore,ap-southeast-").append(i % 3).append(",O").append(i).append(',')
                        .append(refund ? "O" + (i - 1) : "")
                        .append(String.format(Locale.ROOT, ",2024-01-%02d %02d:%02d:%02d,", 1 + second / 86_400,
                                second / 3600 % 24, second / 60 % 60, second % 60))
                        .append(refund ? "Unsubscription" : "New purchase").append(',')
                        .append(BigDecimal.valueOf(cents, 2).toPlainString()).append(",Normal product,12.00% off,")
                        .append(BigDecimal.valueOf(settlement, 4).toPlainString()).append('\n');
                w.append(row);
                bytes += row.length();
                lines++;
            }
        }
        writeSeconds = (System.nanoTime() - start) / 1e9;
    }

    private record Run(int exitCode, String out, String err, double seconds) {
    }

    private static Run partnerbill(String maxHeap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-cp", classPath(), PartnerbillCli.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("partnerbill " + String.join(" ", args) + " ran past " + TIMEOUT_SECONDS + " s");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err), (System.nanoTime() - start) / 1e9);
    }

    /** This module's classes and its runtime class path, as Maven wrote it. */
    private static String classPath() throws IOException {
        return Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
                + Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
    }

    private static String usd(long units) {
        return String.format(Locale.ROOT, "USD %,.2f", BigDecimal.valueOf(units, 4).setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void bill_summsAFileLargerThanTheHeap_inConstantMemory() throws Exception {
        Run run = partnerbill("64m", "bill", "--details", file.toString(), "--cycle", "2024-01");

        System.out.printf(Locale.ROOT, "BigFileTest: %d MB, %,d lines written in %.1f s; bill at -Xmx64m in %.1f s%n",
                MEGABYTES, lines, writeSeconds, run.seconds());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("partnerbill:", "\tat ");
        assertThat(run.out()).contains(String.format(Locale.ROOT, "Bill of partner P1 for 2024-01 (%,d lines)", lines))
                .containsPattern("Expenditures +" + java.util.regex.Pattern.quote(usd(expenditures)) + "\n")
                .containsPattern("Refunds +" + java.util.regex.Pattern.quote(usd(refunds)) + "\n");
    }

    @Test
    void reconcile_countsThePlantedDifferences_inConstantMemory() throws Exception {
        Run run = partnerbill("64m", "reconcile", "--details", file.toString());

        System.out.printf(Locale.ROOT, "BigFileTest: %d MB, reconcile at -Xmx64m in %.1f s%n", MEGABYTES, run.seconds());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(planted > 0 ? 1 : 0);
        assertThat(run.err()).doesNotContain("partnerbill:", "\tat ");
        assertThat(run.out()).startsWith("Checked " + lines + " lines of " + file + ": " + planted + " difference(s)\n");
        BigDecimal expected = BigDecimal.valueOf((100 + PLANTED_EVERY % 99_991) * 88, 4).setScale(8);
        assertThat(run.out()).contains("  line " + (PLANTED_EVERY + 1) + " Settlement Amount: expected "
                + expected.toPlainString() + ", found " + expected.add(new BigDecimal("0.01")).toPlainString());
    }

    @Test
    void outOfMemory_isOneLineAndExit2_neverAStackTraceAndExit1() throws Exception {
        // 60 cells of 900,000 'é' each: within the per-cell limit, but a row of 108 MB of chars in a 32 MB heap
        Path wide = dir.resolve("wide.csv");
        try (Writer w = Files.newBufferedWriter(wide, StandardCharsets.UTF_8)) {
            w.write(String.join(",", BillDetailsLayout.COLUMNS) + "\n");
            String cell = "\u00e9".repeat(900_000);
            for (int i = 0; i < 60; i++) {
                w.write((i == 0 ? "" : ",") + cell);
            }
            w.write("\n");
        }
        for (String command : List.of("bill", "reconcile")) {
            Run run = command.equals("bill")
                    ? partnerbill("32m", "bill", "--details", wide.toString(), "--cycle", "2024-01")
                    : partnerbill("32m", "reconcile", "--details", wide.toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).startsWith("partnerbill: out of memory").doesNotContain("\tat ");
            assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
        }
    }
}
