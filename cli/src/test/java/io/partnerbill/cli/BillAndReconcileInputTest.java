package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partnerbill.export.format.DisplayText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad files given to {@code bill} and {@code reconcile}: each answered with one line naming the
 * file, line and column, exit code 2 (never 1, reconcile's "differences found"); what a file
 * holds reaches the terminal only through {@link DisplayText}; a failed {@code bill --export}
 * fails the command.
 */
class BillAndReconcileInputTest {

    @TempDir
    Path temp;

    private String operator;

    @BeforeEach
    void readTheOperatorFile() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/operator-details-2024-01.csv")) {
            operator = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The operator file with its line (1 = header) changed. */
    private String withLine(int line, Function<String, String> change) {
        List<String> lines = new java.util.ArrayList<>(operator.lines().toList());
        lines.set(line - 1, change.apply(lines.get(line - 1)));
        return String.join("\n", lines) + "\n";
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("repeated-header", (Function<BillAndReconcileInputTest, String>) t -> t.withLine(1,
                        l -> l.replace("Application", "Order ID")),
                        "partnerbill: Bill-details file 'repeated-header.csv', line 1, column 'Order ID', value 'Order ID': "
                                + "column 20 repeats the header of column 14 (each column may appear once)"),
                Arguments.of("extra-cells", (Function<BillAndReconcileInputTest, String>) t -> t.withLine(3,
                        l -> l.replace("Log Analytics", "Log, Analytics")),
                        "partnerbill: Bill-details file 'extra-cells.csv', line 3, value 'usage': the row has 29 cells "
                                + "but the header has 28 (a value with an unquoted comma?); the cell after column 'Remarks' "
                                + "has no header"),
                // a stray quote on line 4 runs to the next quote, on line 5
                Arguments.of("stray-quote", (Function<BillAndReconcileInputTest, String>) t -> t.withLine(4,
                        l -> l.replace(",Cloud Backup,", ",\"Cloud Backup,")),
                        "partnerbill: Bill-details file 'stray-quote.csv', line 4, column 'Product Name', value '': a quoted "
                                + "value opens on this line and closes on line 5, followed by text (write a quote inside a "
                                + "quoted value as \"\")"),
                // a quote in the last row is never closed: the parser stops at the end of the file
                Arguments.of("open-quote", (Function<BillAndReconcileInputTest, String>) t -> t.withLine(8,
                        l -> l.replace(",Log Analytics,", ",\"Log Analytics,")) + "\n\n",
                        "partnerbill: Bill-details file 'open-quote.csv', line 8, column 'Product Name', value '': a quoted "
                                + "value opens on this line and is never closed (the file ends inside it)"),
                Arguments.of("long-value", (Function<BillAndReconcileInputTest, String>) t -> t.withLine(3,
                        l -> l.replace("Pay-per-use", "p".repeat(100_000))),
                        "partnerbill: Bill-details file 'long-value.csv', line 3, column 'Billing Mode', value '"
                                + "p".repeat(80) + "\u2026' (100000 characters): Unknown billing mode '" + "p".repeat(80)
                                + "\u2026'"),
                Arguments.of("escape", (Function<BillAndReconcileInputTest, String>) t -> t.withLine(3,
                        l -> l.replace("Pay-per-use", "\u001b[2J\u001b]0;owned\u0007\u202Eesu-rep-yaP")),
                        "partnerbill: Bill-details file 'escape.csv', line 3, column 'Billing Mode', value "
                                + "'\uFFFD[2J\uFFFD]0;owned\uFFFD\uFFFDesu-rep-yaP'"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFile_oneLineWithFileLineAndColumn_exit2_forBillAndReconcile(String name,
            Function<BillAndReconcileInputTest, String> text, String expected) throws IOException {
        Path file = write(name + ".csv", text.apply(this));
        for (String[] args : List.of(new String[] {"bill", "--details", file.toString(), "--cycle", "2024-01"},
                new String[] {"reconcile", "--details", file.toString()})) {
            CliRunner r = CliRunner.run(args);
            assertThat(r.exitCode()).as(args[0] + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(args[0]).startsWith(expected).endsWith("\n");
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err().length()).as("long values are cut").isLessThan(600);
            assertThat(r.err().codePoints().filter(c -> c != '\n').filter(DisplayText::isUnsafe)).isEmpty();
        }
    }

    @Test
    void notUtf8_namesFileLineAndByteOffset() throws IOException {
        byte[] text = operator.getBytes(StandardCharsets.UTF_8);
        int at = operator.indexOf("Log Analytics");
        long offset = operator.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.write(text, 0, (int) offset);
        latin1.write(0xe9); // 'é' in ISO-8859-1
        latin1.write(text, (int) offset, text.length - (int) offset);
        Path file = Files.write(temp.resolve("latin1.csv"), latin1.toByteArray());

        for (String command : List.of("bill", "reconcile")) {
            CliRunner r = command.equals("bill") ? CliRunner.run("bill", "--details", file.toString(), "--cycle", "2024-01")
                    : CliRunner.run("reconcile", "--details", file.toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("partnerbill: Bill-details file 'latin1.csv', line 3, value '': the file is "
                    + "not UTF-8: byte 0xE9 at byte offset " + offset + " is not UTF-8 (save it as UTF-8)\n");
        }
    }

    @Test
    void directoryAndDevice_sayWhatTheyAre() {
        for (String command : List.of("bill", "reconcile")) {
            CliRunner dir = CliRunner.run(command, "--details", temp.toString(), "--cycle", "2024-01");
            CliRunner none = CliRunner.run(command, "--details", temp.resolve("none.csv").toString(), "--cycle", "2024-01");
            if (command.equals("reconcile")) {
                dir = CliRunner.run(command, "--details", temp.toString());
                none = CliRunner.run(command, "--details", temp.resolve("none.csv").toString());
            }
            assertThat(dir.exitCode()).isEqualTo(2);
            assertThat(dir.err()).isEqualTo("partnerbill: cannot read " + temp + ": is a directory\n");
            assertThat(none.err()).isEqualTo("partnerbill: no such file: " + temp.resolve("none.csv") + "\n");
        }
        assumeTrue(Files.exists(Path.of("/dev/null")), "a Unix system");
        CliRunner devNull = CliRunner.run("reconcile", "--details", "/dev/null");
        assertThat(devNull.exitCode()).isEqualTo(2);
        assertThat(devNull.err()).isEqualTo("partnerbill: cannot read /dev/null: is not a regular file\n");
    }

    @Test
    void cycleNotOfTheTime_refusedByBill_aDifferenceForReconcile() throws IOException {
        // line 3's time becomes 00:30 on Feb 1 in Beijing (16:30 UTC on Jan 31) in a row of cycle 2024-01
        Path file = write("late.csv", withLine(3, l -> l.replace("2024-01-16T08:30:00+08:00", "2024-01-31T16:30:00Z")));

        CliRunner bill = CliRunner.run("bill", "--details", file.toString(), "--cycle", "2024-01");
        assertThat(bill.exitCode()).isEqualTo(2);
        assertThat(bill.err()).isEqualTo("partnerbill: Bill-details file 'late.csv', line 3, column 'Transaction Time', "
                + "value '2024-01-31T16:30:00Z': lies in cycle 2024-02 in Asia/Shanghai, not in the row's Billing Cycle "
                + "2024-01\n");

        CliRunner reconcile = CliRunner.run("reconcile", "--details", file.toString());
        assertThat(reconcile.exitCode()).as(reconcile.err()).isEqualTo(1);
        assertThat(reconcile.out()).contains("3 difference(s)")
                .contains("  line 3 Billing Cycle: expected 2024-02, found 2024-01\n");
    }

    @Test
    void reconcile_listsTheFirstThousandDifferences_andCountsTheRest() throws IOException {
        // line 4 of the operator file has a wrong settlement amount (89.00 for 88.00); repeat it 1,005 times
        String wrong = operator.lines().toList().get(3);
        StringBuilder text = new StringBuilder(operator.lines().findFirst().orElseThrow()).append('\n');
        for (int i = 0; i < 1_005; i++) {
            text.append(wrong.replace(",O3,", ",O3-" + i + ",")).append('\n');
        }
        Path file = write("many.csv", text.toString());

        CliRunner r = CliRunner.run("reconcile", "--details", file.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).startsWith("Checked 1005 lines of " + file + ": 1005 difference(s)\n")
                .endsWith("  line 1001 Settlement Amount: expected 88.00000000, found 89.00000000\n"
                        + "  ... and 5 more, not listed (the first 1000 are)\n");
        assertThat(r.out().lines().filter(l -> l.startsWith("  line "))).hasSize(1000);
    }

    // ---- bill --export that cannot write: exit 2 and one line, as export does

    @Test
    void billExport_intoAFile_isRefused() throws IOException {
        Path file = write("ok.csv", operator);
        Path notADirectory = write("out.txt", "");
        CliRunner r = CliRunner.run("bill", "--details", file.toString(), "--cycle", "2024-01", "--export", "json",
                "--out", notADirectory.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("partnerbill: --out " + notADirectory + " is not a directory\n");
        assertThat(r.out()).doesNotContain("FAILED");
    }

    @Test
    void billExport_intoAnUnwritableDirectory_failsTheCommand() throws IOException {
        Path file = write("ok.csv", operator);
        // /proc refuses new entries even to root; a directory without write permission refuses other users
        Path unwritable = Path.of("/proc/partnerbill-export");
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            unwritable = Files.createDirectory(temp.resolve("read-only"));
            Files.setPosixFilePermissions(unwritable, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        CliRunner r = CliRunner.run("bill", "--details", file.toString(), "--cycle", "2024-01", "--export", "json",
                "--out", unwritable.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("partnerbill: export of the json bill of partner P1 into " + unwritable + " failed: ");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("FAILED");
    }

    // ---- terminal safety and alignment

    @Test
    void bill_showsFileTextSafely_andAlignsItsTableByDisplayWidth() throws IOException {
        String text = operator.replace("Cloud Backup", "\"\u001b[2J\u001b[31mCloud\rBackup\t\u009b\"")
                .replace("Log Analytics", "\"Log\nAnalytics \u202Eexe.txt\"")
                .replace("Database", "云数据库 Cafe\u0301");
        Path file = write("evil.csv", text);

        CliRunner r = CliRunner.run("bill", "--details", file.toString(), "--cycle", "2024-01");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().codePoints().filter(c -> c != '\n').filter(DisplayText::isUnsafe)).isEmpty();
        assertThat(r.out()).contains("\uFFFD[2J\uFFFD[31mCloud\uFFFDBackup\uFFFD\uFFFD")
                .contains("Log\uFFFDAnalytics \uFFFDexe.txt").contains("云数据库 Cafe\u0301");
        // every row of the tables: 2 spaces, a label of 34 columns, a space, an amount of 22
        List<String> rows = r.out().lines().filter(l -> l.startsWith("  ") && l.contains("USD")).toList();
        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(rows).allSatisfy(l -> assertThat(DisplayText.width(l)).as(l).isEqualTo(59));
    }
}
