package io.partnerbill.export.csv;

import static io.partnerbill.export.testing.TestLines.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-worked cells of the fast bill-details writer; the property test covers the rest against the reference. */
class CsvDetailWriterTest {

    private static byte[] write(int capacity, BillLine... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineWriter writer = new CsvDetailWriter(out, false, ExportContext.defaults(), capacity);
        for (BillLine line : lines) {
            writer.write(line);
        }
        writer.finish();
        return out.toByteArray();
    }

    private static String row(BillLine line) throws IOException {
        return new String(write(CsvCellOutput.DEFAULT_CAPACITY, line), StandardCharsets.UTF_8).split("\r\n")[1];
    }

    // ---- amounts: toPlainString at 8 decimals, from long units or past them

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            0.00000001 | 0.00000001
            -0.00000001 | -0.00000001
            0 | 0.00000000
            12.5 | 12.50000000
            -1000 | -1000.00000000
            9999999999.99999999 | 9999999999.99999999
            10000000000 | 10000000000.00000000
            92233720368.54775807 | 92233720368.54775807
            -92233720368.54775808 | -92233720368.54775808
            123456789012345.12345678 | 123456789012345.12345678
            """)
    void amount_isWrittenWithEightDecimals(String amount, String written) throws IOException {
        BillLine line = expenditure("O1", "C1", "PRD1", amount, "0").billType(BillType.ADJUSTMENT)
                .orderType(OrderType.FEE_ADJUSTMENT).build();
        assertThat(row(line)).endsWith(",Fee adjustment," + written + ",Normal product,0.00% off," + written);
    }

    // ---- instants: ISO-8601 UTC, seconds always, fractions in groups of three digits

    static Stream<Arguments> instants() {
        return Stream.of(
                Arguments.of(Instant.EPOCH, "1970-01-01T00:00:00Z"),
                Arguments.of(Instant.parse("2024-01-15T04:00:00Z"), "2024-01-15T04:00:00Z"),
                Arguments.of(Instant.parse("2024-02-29T23:59:59.5Z"), "2024-02-29T23:59:59.500Z"),
                Arguments.of(Instant.ofEpochSecond(1, 1_000), "1970-01-01T00:00:01.000001Z"),
                Arguments.of(Instant.ofEpochSecond(1, 1), "1970-01-01T00:00:01.000000001Z"),
                Arguments.of(Instant.parse("9999-12-31T23:59:59Z"), "9999-12-31T23:59:59Z"),
                Arguments.of(Instant.parse("1969-12-31T23:59:59Z"), "1969-12-31T23:59:59Z"),
                // Past year 9999 the text starts with '+', so the cell is escaped like any text.
                Arguments.of(Instant.parse("+10000-01-01T00:00:00Z"), "'+10000-01-01T00:00:00Z"));
    }

    @ParameterizedTest
    @MethodSource("instants")
    void instant_isWrittenAsIso8601Utc(Instant at, String written) throws IOException {
        assertThat(row(expenditure("O1", "C1", "PRD1", "1", "0").transactionTime(at).build()))
                .contains(",O1,," + written + ",New purchase,");
    }

    // ---- text: escaping, quoting, UTF-8

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain text", "plain text".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("=1+2", "'=1+2".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("'=1", "''=1".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("#x", "#x".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("a\"b", "\"a\"\"b\"".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("-a,b", "\"'-a,b\"".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("é", new byte[] {(byte) 0xC3, (byte) 0xA9}),
                Arguments.of("中", new byte[] {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD}),
                Arguments.of("\ud83d\ude00", new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}),
                Arguments.of("a\ud800b", new byte[] {'a', '?', 'b'}),
                Arguments.of("\udc00", new byte[] {'?'}));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void textCell_isEscapedQuotedAndUtf8(String text, byte[] written) throws IOException {
        byte[] csv = write(CsvCellOutput.DEFAULT_CAPACITY,
                expenditure("O1", "C1", "PRD1", "1", "0").application(text).build());
        byte[] expected = concat(",PRD1,".getBytes(StandardCharsets.US_ASCII), written, ",,".getBytes(StandardCharsets.US_ASCII));
        assertThat(indexOf(csv, expected)).as("row holds %s", new String(expected, StandardCharsets.UTF_8)).isPositive();
    }

    @Test
    void textLongerThanTheBuffer_isWrittenWhole() throws IOException {
        String text = "x\"y".repeat(100);
        BillLine line = expenditure("O1", "C1", "PRD1", "1", "0").specifications(text).build();
        assertThat(write(32, line)).isEqualTo(write(CsvCellOutput.DEFAULT_CAPACITY, line));
        assertThat(new String(write(32, line), StandardCharsets.UTF_8))
                .contains(",\"" + text.replace("\"", "\"\"") + "\",");
    }

    @Test
    void write_afterFinish_isRefusedAndWritesNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineWriter writer = new CsvDetailWriter(out, false, ExportContext.defaults(), 64);
        writer.finish();
        int written = out.size();
        BillLine line = expenditure("O1", "C1", "PRD1", "1", "0").build();

        assertThatThrownBy(() -> writer.write(line)).isInstanceOf(IllegalStateException.class)
                .hasMessage("CSV line writer is finished, cannot write line 'O1'");
        writer.finish();
        assertThat(out.size()).isEqualTo(written);
        assertThat(writer.rowsWritten()).isZero();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
