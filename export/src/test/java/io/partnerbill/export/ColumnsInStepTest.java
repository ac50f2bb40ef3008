package io.partnerbill.export;

import static io.partnerbill.export.testing.TestLines.expenditure;
import static io.partnerbill.export.testing.TestLines.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.export.format.BillDetailsLayout;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.importing.BillDetailsImporter;
import io.partnerbill.export.importing.MalformedImportException;
import io.partnerbill.export.json.PartnerBillJsonModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format's columns are the description's ({@link BillDetailsColumn}), in its order: CSV,
 * XLSX and HTML headers, the JSON fields of a line, the importer's required columns and the
 * layout's constants. A column added to, moved in or dropped from one format alone fails here.
 */
class ColumnsInStepTest {

    /** Lines whose every text column holds its own value, so that two columns swapped show. */
    private static final List<BillLine> LINES = List.of(distinct(expenditure("O1", "C1", "PRD1", "12.5", "12")),
            distinct(refund("R1", "O1", "C1", "PRD1", "-5", "12")));

    private static BillLine distinct(BillLine.Builder b) {
        return b.productTypeCode("PTC").application("App").specifications("Spec").resourceType("RT")
                .resourceTypeCode("RTC").billingMode(BillingMode.PAY_PER_USE).settlementType(SettlementType.PROMOTIONAL_PRODUCT)
                .build();
    }

    private static List<String> headers() {
        return Arrays.stream(BillDetailsColumn.values()).map(BillDetailsColumn::header).toList();
    }

    private static byte[] export(Exporter exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.writeLines(LINES.iterator(), ExportContext.defaults(), out);
        return out.toByteArray();
    }

    @Test
    void layoutConstants_areTheDescriptionsHeaders() {
        assertThat(BillDetailsLayout.COLUMNS).containsExactlyElementsOf(headers());
        assertThat(BillDetailsLayout.SETTLEMENT_DISCOUNT).isEqualTo(BillDetailsColumn.SETTLEMENT_DISCOUNT.header());
    }

    @Test
    void csvHeader_isTheDescriptionsHeaders() throws IOException {
        String csv = new String(export(Exporter.csv()), StandardCharsets.UTF_8);
        String header = csv.substring(0, csv.indexOf("\r\n"));
        assertThat(header.split(",", -1)).containsExactlyElementsOf(headers());
    }

    @Test
    void csvRows_haveOneCellPerColumnInTheDescriptionsOrder() throws IOException {
        String csv = new String(export(Exporter.csv()), StandardCharsets.UTF_8);
        String refundRow = csv.split("\r\n")[2];
        List<String> cells = Arrays.asList(refundRow.split(",", -1));
        assertThat(cells).hasSize(BillDetailsColumn.values().length);
        BillLine line = LINES.get(1);
        for (BillDetailsColumn column : BillDetailsColumn.values()) {
            if (column.isOnLine()) {
                assertThat(cells.get(column.ordinal())).as(column.header()).isEqualTo(column.text(line));
            }
        }
    }

    @Test
    void xlsxHeader_isTheDescriptionsHeaders(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("details.xlsx"), export(Exporter.xlsx()));
        String sheet;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        String firstRow = sheet.substring(sheet.indexOf("<row r=\"1\""), sheet.indexOf("</row>"));
        assertThat(texts(Pattern.compile("<is><t>([^<]*)</t></is>"), firstRow)).containsExactlyElementsOf(headers());
    }

    @Test
    void htmlHeader_isTheDescriptionsHeaders() throws IOException {
        String html = new String(export(Exporter.html()), StandardCharsets.UTF_8);
        assertThat(texts(Pattern.compile("<th>([^<]*)</th>"), html)).containsExactlyElementsOf(headers());
    }

    @Test
    void jsonFields_areTheDescriptionsKeys_cyclePartnerCustomerFirst() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new PartnerBillJsonModule());
        JsonNode refund = mapper.readTree(mapper.writeValueAsString(LINES.get(1)));
        List<String> fields = new ArrayList<>();
        refund.fieldNames().forEachRemaining(fields::add);
        List<String> expected = new ArrayList<>(List.of("cycle", "partner", "customer"));
        Arrays.stream(BillDetailsColumn.values()).filter(BillDetailsColumn::isOnLine).map(BillDetailsColumn::key)
                .filter(k -> !expected.contains(k)).forEach(expected::add);
        assertThat(fields).containsExactlyElementsOf(expected);
        assertThat(mapper.readValue(mapper.writeValueAsString(LINES.get(1)), BillLine.class)).isEqualTo(LINES.get(1));
    }

    /**
     * The importer requires exactly the description's REQUIRED columns: each one's absence refuses the file, any
     * other column may be left out (of a file of one expenditure, which names no original order).
     */
    @ParameterizedTest
    @EnumSource(BillDetailsColumn.class)
    void importer_requiresTheDescriptionsRequiredColumns(BillDetailsColumn column) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.csv().writeLines(LINES.subList(0, 1).iterator(), ExportContext.defaults(), out);
        String csv = withoutColumn(out.toString(StandardCharsets.UTF_8), column.ordinal());
        BillDetailsImporter importer = BillDetailsImporter.of("USD");
        if (column.presence() == BillDetailsColumn.Presence.REQUIRED) {
            assertThatThrownBy(() -> importer.read("f.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(MalformedImportException.class)
                    .hasMessage("Bill-details file 'f.csv', line 1, column '" + column.header()
                            + "', value '': the required column is missing from the header");
        } else {
            assertThat(importer.read("f.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).billLines())
                    .hasSize(1);
        }
    }

    /** Drops one column from a CSV without quoted cells. */
    private static String withoutColumn(String csv, int index) {
        StringBuilder b = new StringBuilder();
        for (String row : csv.split("\r\n")) {
            List<String> cells = new ArrayList<>(Arrays.asList(row.split(",", -1)));
            cells.remove(index);
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }

    private static List<String> texts(Pattern pattern, String in) {
        List<String> texts = new ArrayList<>();
        Matcher m = pattern.matcher(in);
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    @Test
    void everyColumnOfALine_isReadBackByTheImporter() throws IOException {
        Iterator<BillLine> back = BillDetailsImporter.of("USD")
                .read("f.csv", new ByteArrayInputStream(export(Exporter.csv()))).billLines().iterator();
        assertThat(Stream.generate(back::next).limit(LINES.size()).toList()).isEqualTo(LINES);
    }
}
