package io.partnerbill.export;

import static io.partnerbill.export.testing.TestLines.expenditure;
import static io.partnerbill.export.testing.TestLines.refund;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.json.PartnerBillJsonModuleTest;
import io.partnerbill.export.testing.Workbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExporterTest {

    @TempDir
    Path dir;

    @Test
    void details_areOneSheetWithTheOperatorsHeaderAndNumericAmountsAtEightDecimals() throws IOException {
        List<BillLine> lines = List.of(expenditure("O1", "C1", "PRD1", "12.5", "12").productName("=evil()").build(),
                refund("R1", "O1", "C1", "PRD1", "-5.00", "0").build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Exporter.xlsx().writeLines(lines.iterator(), ExportContext.defaults(), out)).isEqualTo(2);
        Map<String, String> entries = Workbooks.entries(dir, out.toByteArray());
        String sheet = entries.get("xl/worksheets/sheet1.xml");
        assertThat(entries.get("xl/workbook.xml")).contains("name=\"Bill details\"");
        assertThat(sheet).contains("<is><t>Customer ID</t></is>").contains("<is><t>Settlement Amount</t></is>");
        // amounts are numeric cells (t="n"), with their value, styled with 8 decimals
        assertThat(sheet).containsPattern("<c r=\"X2\" s=\"\\d+\" t=\"n\"><v>12.50000000</v></c>");
        assertThat(sheet).containsPattern("<c r=\"AA3\" s=\"\\d+\" t=\"n\"><v>-5.00000000</v></c>");
        assertThat(entries.get("xl/styles.xml")).contains("formatCode=\"0.00000000\"");
        // text stays text: a string cell is never evaluated, so it is written as given
        assertThat(sheet).contains("<is><t>=evil()</t></is>");
        assertThat(sheet).doesNotContain("<f>");
    }

    @Test
    void bill_isThreeSheets() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = Exporter.xlsx().writeBill(PartnerBillJsonModuleTest.sampleBill(), out);
        Map<String, String> entries = Workbooks.entries(dir, out.toByteArray());
        assertThat(entries.get("xl/workbook.xml")).contains("name=\"Summary\"", "name=\"By product\"",
                "name=\"By customer\"");
        assertThat(entries.get("xl/worksheets/sheet1.xml")).contains("<is><t>Net Settlement</t></is>")
                .contains("<v>10.04</v>");
        assertThat(rows).isEqualTo(11 + 6 + 4);
    }
}
