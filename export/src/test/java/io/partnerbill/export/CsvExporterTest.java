package io.partnerbill.export;

import static io.partnerbill.export.testing.TestLines.expenditure;
import static io.partnerbill.export.testing.TestLines.refund;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.export.testing.TestLines;
import io.partnerbill.export.testing.TestNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvExporterTest {

    private static String export(Exporter exporter, ExportContext context, BillLine... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.writeLines(List.of(lines).iterator(), context, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(String csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void header_isTheOperatorsColumnsInOrder() throws IOException {
        String csv = export(Exporter.csv(), ExportContext.defaults());
        assertThat(csv).isEqualTo("Customer ID,Billing Cycle,Customer Name,Account Name,Partner ID,Partner Name,"
                + "Partner Account Name,Bill Type,Billing Mode,Product Type,Product Type Code,Product Name,Product ID,"
                + "Application,Specifications,Resource Type,Resource Type Code,Region,Cloud Service Region Code,"
                + "Order ID,Original Order ID,Transaction Time,Order Type,Customer Expenditure,Settlement Type,"
                + "Partner Settlement Discount,Settlement Amount\r\n");
    }

    @Test
    void row_writesEveryColumnWithPlainAmountsAtEightDecimalsAndIsoTime() throws IOException {
        String csv = export(Exporter.csv(), ExportContext.defaults(),
                expenditure("O1", "C1", "PRD1", "12.5", "12").build());
        assertThat(csv.split("\r\n")[1]).isEqualTo("C1,2024-01,,,P1,,,Expenditure,Yearly/Monthly,Common products,,"
                + "Product PRD1,PRD1,,,,,AP-Singapore,ap-southeast-1,O1,,2024-01-15T04:00:00Z,New purchase,"
                + "12.50000000,Normal product,12.00% off,11.00000000");
        assertThat(rows(csv).get(1)[11]).isEqualTo("Product PRD1");
    }

    @Test
    void nameColumns_comeFromTheNameDirectory() throws IOException {
        NameDirectory names = TestNames.everyone("Müller, \"Ltd\"", "Reseller 一");
        String[] row = rows(export(Exporter.csv(), ExportContext.defaults().withNames(names),
                expenditure("O1", "C1", "PRD1", "1", "0").build())).get(1);
        assertThat(row[2]).isEqualTo("Müller, \"Ltd\"");
        assertThat(row[3]).isEmpty();
        assertThat(row[5]).isEqualTo("Reseller 一");
        assertThat(row[6]).isEmpty();
    }

    @Test
    void byteOrderMark_isWrittenOnlyWhenAsked() throws IOException {
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        Exporter.csv(true).writeLines(List.<BillLine>of().iterator(), ExportContext.defaults(), with);
        ByteArrayOutputStream without = new ByteArrayOutputStream();
        Exporter.csv(false).writeLines(List.<BillLine>of().iterator(), ExportContext.defaults(), without);
        assertThat(with.toByteArray()).startsWith(0xEF, 0xBB, 0xBF, 'C');
        assertThat(without.toByteArray()).startsWith('C', 'u', 's');
    }

    @Test
    void quoting_followsRfc4180() throws IOException {
        BillLine line = expenditure("O1", "C1", "PRD1", "1", "0")
                .specifications("a,b \"c\"\r\nnext line").build();
        String csv = export(Exporter.csv(), ExportContext.defaults(), line);
        assertThat(csv).contains(",\"a,b \"\"c\"\"\r\nnext line\",");
        assertThat(rows(csv).get(1)[14]).isEqualTo("a,b \"c\"\r\nnext line");
    }

    // ---- formula injection: every dangerous first character is escaped in text cells

    static Stream<Arguments> dangerousTexts() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
                Arguments.of("+1+2", "'+1+2"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\tcmd", "'\tcmd"),
                Arguments.of("\rcmd", "'\rcmd"),
                Arguments.of("\0cmd", "'\0cmd"),
                Arguments.of("'=already", "''=already"),
                Arguments.of("''-twice", "'''-twice"));
    }

    @ParameterizedTest
    @MethodSource("dangerousTexts")
    void textCell_withDangerousStart_isPrefixedWithApostrophe(String text, String written) throws IOException {
        BillLine line = expenditure("O1", "C1", "PRD1", "1", "0").productName(text).application(text).build();
        String[] row = rows(export(Exporter.csv(), ExportContext.defaults(), line)).get(1);
        assertThat(row[11]).isEqualTo(written);
        assertThat(row[13]).isEqualTo(written);
    }

    static Stream<String> harmlessTexts() {
        return Stream.of("Cloud Server", "1=1", "a-b", "x@y", "'quoted'", "'", "");
    }

    @ParameterizedTest
    @MethodSource("harmlessTexts")
    void textCell_withHarmlessStart_isWrittenAsIs(String text) throws IOException {
        BillLine line = expenditure("O1", "C1", "PRD1", "1", "0").application(text).build();
        assertThat(rows(export(Exporter.csv(), ExportContext.defaults(), line)).get(1)[13]).isEqualTo(text);
    }

    @Test
    void idCell_withDangerousStart_isEscapedToo() throws IOException {
        BillLine line = expenditure("=O1", "-C1", "@PRD1", "1", "0").build();
        String[] row = rows(export(Exporter.csv(), ExportContext.defaults(), line)).get(1);
        assertThat(row[0]).isEqualTo("'-C1");
        assertThat(row[12]).isEqualTo("'@PRD1");
        assertThat(row[19]).isEqualTo("'=O1");
    }

    @Test
    void negativeAmounts_areNeverAltered() throws IOException {
        BillLine line = refund("R1", "O1", "C1", "PRD1", "-5.00", "0").build();
        String csv = export(Exporter.csv(), ExportContext.defaults(), line);
        String[] row = rows(csv).get(1);
        assertThat(row[23]).isEqualTo("-5.00000000");
        assertThat(row[26]).isEqualTo("-5.00000000");
        assertThat(csv).contains(",-5.00000000,Normal product,0.00% off,-5.00000000\r\n");
    }

    @Test
    void progress_isReportedEveryIntervalAndAtTheEnd() throws IOException {
        List<Long> reports = new ArrayList<>();
        ExportContext context = ExportContext.defaults().withProgressInterval(2).withProgress(reports::add);
        export(Exporter.csv(), context, TestLines.generated(1), TestLines.generated(2), TestLines.generated(3));
        assertThat(reports).containsExactly(2L, 3L);
    }
}
