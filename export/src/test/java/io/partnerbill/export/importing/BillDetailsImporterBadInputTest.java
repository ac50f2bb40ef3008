package io.partnerbill.export.importing;

import static io.partnerbill.export.testing.TestLines.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.csv.LineCells;
import io.partnerbill.export.format.BillDetailsLayout;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.export.internal.Cells;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that used to be accepted silently or refused without saying where: each is refused
 * with file, line and column, by {@link BillDetailsImporter#read(String, InputStream)} and by
 * the streaming {@link BillDetailsImporter#scan}, alike.
 */
class BillDetailsImporterBadInputTest {

    private static final String HEADER = String.join(",", BillDetailsLayout.COLUMNS);
    private final BillDetailsImporter importer = BillDetailsImporter.of("USD");

    @TempDir
    Path dir;

    /** A row in the layout's order, unquoted where it can be. */
    private static String row(BillLine line) {
        StringBuilder b = new StringBuilder();
        for (String cell : LineCells.row(line, NameDirectory.none())) {
            boolean quote = cell.contains(",") || cell.contains("\"");
            b.append(b.length() == 0 ? "" : ",").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return b.toString();
    }

    private static String good(int i) {
        return row(expenditure("O" + i, "C1", "PRD1", "10.00", "12.5").build());
    }

    private static String withCell(String row, String column, String value) {
        String[] cells = row.split(",", -1);
        cells[BillDetailsLayout.COLUMNS.indexOf(column)] = value;
        return String.join(",", cells);
    }

    // ---- each bad file, with its message; line 1 is the header

    static Stream<Arguments> badFiles() {
        String g2 = good(2);
        return Stream.of(
                // a repeated header name: the first column used to win silently
                Arguments.of(HEADER.replace("Application", "order id") + "\n" + g2 + "\n",
                        "line 1, column 'Order ID', value 'Order ID': column 20 repeats the header of column 14 "
                                + "(each column may appear once)"),
                // more cells than the header: an unquoted comma shifts every later column
                Arguments.of(HEADER + "\n" + good(1) + "\n" + g2 + ",extra\n",
                        "line 3, value 'extra': the row has 28 cells but the header has 27 (a value with an unquoted "
                                + "comma?); the cell after column 'Settlement Amount' has no header"),
                // Billing Cycle 2024-01 for 00:30 on Feb 1 in Beijing (16:30 UTC on Jan 31)
                Arguments.of(HEADER + "\n" + good(1) + "\n" + withCell(g2, "Transaction Time", "2024-01-31T16:30:00Z") + "\n",
                        "line 3, column 'Transaction Time', value '2024-01-31T16:30:00Z': lies in cycle 2024-02 in "
                                + "Asia/Shanghai, not in the row's Billing Cycle 2024-01"),
                Arguments.of(HEADER + "\n" + withCell(g2, "Transaction Time", "2023-12-31 23:59:59") + "\n",
                        "line 2, column 'Transaction Time', value '2023-12-31 23:59:59': lies in cycle 2023-12 in "
                                + "Asia/Shanghai, not in the row's Billing Cycle 2024-01"),
                // a quote opened on line 3 and never closed: the parser stops at the end, line 5
                Arguments.of(HEADER + "\n" + good(1) + "\n" + withCell(g2, "Specifications", "\"2 vCPUs") + "\nx\ny\n",
                        "line 3, column 'Specifications', value '': a quoted value opens on this line and is never "
                                + "closed (the file ends inside it)"),
                // text after a closing quote
                Arguments.of(HEADER + "\n" + good(1) + "\n" + withCell(g2, "Specifications", "\"2 vCPUs\"x") + "\n",
                        "line 3, column 'Specifications', value '': a quoted value opens on this line and closes on "
                                + "it, followed by text (write a quote inside a quoted value as \"\")"),
                // a value of 100,000 characters is cut at 80, with its length, wherever the message quotes it
                Arguments.of(HEADER + "\n" + withCell(g2, "Bill Type", "x".repeat(100_000)) + "\n",
                        "line 2, column 'Bill Type', value '" + "x".repeat(80) + "\u2026' (100000 characters): "
                                + "Unknown bill type '" + "x".repeat(80) + "\u2026'"),
                // a cell past a million characters is refused before it fills the heap
                Arguments.of(HEADER + "\n" + good(1) + "\n" + withCell(g2, "Specifications", "s".repeat(1_000_001)) + "\n",
                        "line 3, value '': a value is longer than 1000000 characters (no cell of bill details needs "
                                + "that many)"),
                // control characters of a value never reach a terminal through the message
                Arguments.of(HEADER + "\n" + withCell(g2, "Bill Type", "\u001b[2J\u202eExpenditure") + "\n",
                        "line 2, column 'Bill Type', value '\uFFFD[2J\uFFFDExpenditure': Unknown bill type "
                                + "'\uFFFD[2J\uFFFDExpenditure'"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFile_isRefusedWithItsPlace_byReadAndByScan(String text, String message) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.read("bad.csv", new ByteArrayInputStream(bytes)))
                .isInstanceOf(MalformedImportException.class)
                .hasMessageStartingWith("Bill-details file 'bad.csv', " + message);
        Path file = Files.write(dir.resolve("bad.csv"), bytes);
        assertThatThrownBy(() -> importer.scan(file, l -> { }))
                .isInstanceOf(MalformedImportException.class)
                .hasMessageStartingWith("Bill-details file 'bad.csv', " + message);
    }

    // ---- bytes that are not UTF-8: file, line and byte offset

    static Stream<Arguments> notUtf8() {
        return Stream.of(
                Arguments.of(new byte[] {(byte) 0xff}, "0xFF"), // never in UTF-8
                Arguments.of(new byte[] {(byte) 0xe9, 'x'}, "0xE9"), // Latin-1 'é' followed by ASCII
                Arguments.of(new byte[] {(byte) 0xc0, (byte) 0xaf}, "0xC0"), // overlong '/'
                Arguments.of(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, "0xED"), // a UTF-16 surrogate
                Arguments.of(new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "0xF4")); // past U+10FFFF
    }

    @ParameterizedTest
    @MethodSource("notUtf8")
    void notUtf8_namesTheFileLineAndByteOffset(byte[] bad, String shown) throws IOException {
        String head = HEADER + "\n" + good(1) + "\n";
        String g2 = good(2);
        String cell = "Product PRD1";
        int at = g2.indexOf(cell) + 8; // inside the product name of line 3
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((head + g2.substring(0, at)).getBytes(StandardCharsets.UTF_8));
        long offset = out.size();
        out.write(bad);
        out.write((g2.substring(at) + "\n").getBytes(StandardCharsets.UTF_8));
        String message = "Bill-details file 'latin1.csv', line 3, value '': the file is not UTF-8: byte " + shown
                + " at byte offset " + offset + " is not UTF-8 (save it as UTF-8)";

        assertThatThrownBy(() -> importer.read("latin1.csv", new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(MalformedImportException.class).hasMessage(message);
        Path file = Files.write(dir.resolve("latin1.csv"), out.toByteArray());
        assertThatThrownBy(() -> importer.scan(file, l -> { }))
                .isInstanceOf(MalformedImportException.class).hasMessage(message);
    }

    @Test
    void truncatedUtf8AtTheEnd_isNotUtf8() {
        byte[] text = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 2);
        bytes[text.length] = (byte) 0xe4; // the first two bytes of '中'
        bytes[text.length + 1] = (byte) 0xb8;
        assertThatThrownBy(() -> importer.read("cut.csv", new ByteArrayInputStream(bytes)))
                .isInstanceOf(MalformedImportException.class)
                .hasMessage("Bill-details file 'cut.csv', line 2, value '': the file is not UTF-8: byte 0xE4 at byte "
                        + "offset " + text.length + " is not UTF-8 (save it as UTF-8)");
    }

    @Test
    void utf8BeyondTheBasicPlane_isRead() {
        String name = "云服务器 😀 Ünï";
        String text = HEADER + "\n" + withCell(good(1), "Product Name", name) + "\n";
        ImportedBillDetails file = importer.read("ok.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(file.billLines().get(0).productName()).isEqualTo(name);
    }

    // ---- files that are not files, and I/O errors: the file is named

    @Test
    void directory_saysItIsADirectory() {
        assertThatThrownBy(() -> importer.read(dir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read bill-details file '" + dir + "': is a directory");
        assertThatThrownBy(() -> importer.scan(dir, l -> { }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read bill-details file '" + dir + "': is a directory");
    }

    @Test
    void devNull_saysItIsNotARegularFile() {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull), "a Unix system");
        assertThatThrownBy(() -> importer.scan(devNull, l -> { }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read bill-details file '/dev/null': is not a regular file");
    }

    @Test
    void missingFile_saysNoSuchFile() {
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> importer.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read bill-details file '" + missing + "': no such file");
    }

    @Test
    void ioErrorWhileReading_namesTheFile() {
        byte[] head = (HEADER + "\n" + good(1) + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next == head.length) {
                    throw new IOException("Input/output error");
                }
                return head[next++] & 0xff;
            }
        };
        assertThatThrownBy(() -> importer.read("disk.csv", failing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read bill-details file 'disk.csv': Input/output error");
    }

    // ---- scan: the same lines as read, and a repeat found however far apart

    @Test
    void scan_passesTheLinesReadWouldReturn_andFindsARepeatedOrderIdFarApart() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 5_000; i++) {
            text.append(good(i)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("ok.csv"), text);
        List<ImportedLine> scanned = new ArrayList<>();
        assertThat(importer.scan(file, scanned::add)).isEqualTo(5_000);
        assertThat(scanned).isEqualTo(importer.read(file).lines());

        Path repeated = Files.writeString(dir.resolve("repeat.csv"), text + good(17) + "\n");
        assertThatThrownBy(() -> importer.scan(repeated, l -> { }))
                .isInstanceOf(MalformedImportException.class)
                .hasMessage("Bill-details file 'repeat.csv', line 5002, column 'Order ID', value 'O17': "
                        + "repeats the Order ID of line 19");
    }

    @Test
    void orderIdCheck_findsEveryRepeat_acrossSpilledRuns_andNothingElse() {
        try (OrderIdCheck check = new OrderIdCheck()) {
            int n = 3 * OrderIdCheck.RUN + 12_345; // four runs, three of them on disk
            for (int i = 0; i < n; i++) {
                check.add("ORD-" + i);
            }
            assertThat(check.repeatedFingerprints()).isEmpty();
        }
        try (OrderIdCheck check = new OrderIdCheck()) {
            int n = 3 * OrderIdCheck.RUN + 12_345;
            for (int i = 0; i < n; i++) {
                check.add("ORD-" + i);
            }
            // repeats of ids first seen in the first run, the third run and the unspilled tail
            for (int i : new int[] {7, 2 * OrderIdCheck.RUN + 3, n - 1}) {
                check.add("ORD-" + i);
            }
            assertThat(check.runsSpilled()).isEqualTo(3);
            assertThat(check.repeatedFingerprints()).containsExactlyInAnyOrder(OrderIdCheck.fingerprint("ORD-7"),
                    OrderIdCheck.fingerprint("ORD-" + (2 * OrderIdCheck.RUN + 3)), OrderIdCheck.fingerprint("ORD-" + (n - 1)));
            assertThat(check.runsSpilled()).isEqualTo(4);
        }
    }
}
