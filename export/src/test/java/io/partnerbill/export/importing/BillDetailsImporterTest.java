package io.partnerbill.export.importing;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.export.csv.LineCells;
import io.partnerbill.export.format.BillDetailsLayout;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.export.internal.Cells;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillDetailsImporterTest {

    private final BillDetailsImporter importer = BillDetailsImporter.of("USD");

    /** A CSV with every cell quoted. */
    private static String csv(List<String> header, List<String[]> rows) {
        StringBuilder b = new StringBuilder();
        List<String[]> all = new ArrayList<>();
        all.add(header.toArray(new String[0]));
        all.addAll(rows);
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                b.append(i == 0 ? "" : ",").append('"').append(row[i].replace("\"", "\"\"")).append('"');
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    private static String[] row(BillLine line) {
        return LineCells.row(line, NameDirectory.none());
    }

    private static String[] with(String[] row, String column, String value) {
        String[] copy = Arrays.copyOf(row, row.length);
        copy[BillDetailsLayout.COLUMNS.indexOf(column)] = value;
        return copy;
    }

    private ImportedBillDetails read(String text) {
        return importer.read("bad.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- malformed cells: line, column, value and reason

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Billing Cycle | 2024/01 | Bill cycle must look like 'YYYY-MM', was '2024/01'
            Bill Type | Purchase | Unknown bill type 'Purchase'
            Billing Mode | Monthly-ish | Unknown billing mode 'Monthly-ish'
            Order Type | Gift | Unknown order type 'Gift'
            Customer Expenditure | 12,50 | must be a plain decimal number
            Customer Expenditure | 1.123456789 | must have at most 8 decimal places
            Customer Expenditure | -5.00 | Expenditure line 'O1' must have a zero or positive customer expenditure, was '-5.00000000'
            Settlement Amount | "" | must be a plain decimal number
            Partner Settlement Discount | 12 percent | Discount must look like '12.00% off' or '75%'
            Partner Settlement Discount | 0% | Payable share must be more than 0% and at most 100%, was '0'
            Partner Settlement Discount | 100.00% off | Discount must be from 0.00 to less than 100.00 percent off, was '100.00% off'
            Transaction Time | yesterday | Transaction time must be ISO-8601 or 'yyyy-MM-dd HH:mm:ss'
            Order ID | "" | must not be empty
            Customer ID | " C1" | CustomerId must not start or end with white space, was ' C1'
            Settlement Type | Gratis | Unknown settlement type 'Gratis'
            """)
    void malformedCell_isRefusedWithLineColumnAndValue(String column, String value, String reason) {
        String[] good = row(expenditure("O0", "C1", "PRD1", "1", "0").build());
        String[] bad = with(row(expenditure("O1", "C1", "PRD1", "1", "0").build()), column, value);
        String text = csv(BillDetailsLayout.COLUMNS, List.of(good, bad));

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(MalformedImportException.class)
                .hasMessage("Bill-details file 'bad.csv', line 3, column '" + column + "', value '" + value + "': " + reason)
                .satisfies(e -> {
                    MalformedImportException m = (MalformedImportException) e;
                    assertThat(m.source()).isEqualTo("bad.csv");
                    assertThat(m.lineNumber()).isEqualTo(3);
                    assertThat(m.column()).isEqualTo(column);
                    assertThat(m.value()).isEqualTo(value);
                });
    }

    @Test
    void missingRequiredColumn_isRefusedOnLineOne() {
        List<String> header = new ArrayList<>(BillDetailsLayout.COLUMNS);
        header.remove("Order ID");
        assertThatThrownBy(() -> read(csv(header, List.of())))
                .isInstanceOf(MalformedImportException.class)
                .hasMessage("Bill-details file 'bad.csv', line 1, column 'Order ID', value '': "
                        + "the required column is missing from the header");
    }

    @Test
    void repeatedOrderId_isRefused() {
        String[] row = row(expenditure("O1", "C1", "PRD1", "1", "0").build());
        assertThatThrownBy(() -> read(csv(BillDetailsLayout.COLUMNS, List.of(row, row))))
                .isInstanceOf(MalformedImportException.class)
                .hasMessage("Bill-details file 'bad.csv', line 3, column 'Order ID', value 'O1': repeats the Order ID of line 2");
    }

    @Test
    void unterminatedQuote_isRefused_namingTheLineWhereItOpened() {
        // The parser only notices at the end of the file, two lines later.
        String text = csv(BillDetailsLayout.COLUMNS, List.of()) + "\"C1,2024-01\r\nC2,2024-01\r\nC3\r\n";
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(MalformedImportException.class)
                .hasMessage("Bill-details file 'bad.csv', line 2, column 'Customer ID', value '': "
                        + "a quoted value opens on this line and is never closed (the file ends inside it)");
    }

    @Test
    void emptyFile_isRefused() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(MalformedImportException.class)
                .hasMessage("Bill-details file 'bad.csv', line 1, value '': has no header row");
    }

    @Test
    void blankLines_areSkipped() {
        String[] cells = row(expenditure("O1", "C1", "PRD1", "1", "0").build());
        String text = csv(BillDetailsLayout.COLUMNS, List.<String[]>of(cells)) + "\r\n\r\n";
        assertThat(read(text).size()).isEqualTo(1);
    }

    @Test
    void unknownCurrency_isRefused() {
        assertThatThrownBy(() -> BillDetailsImporter.of("XYZ"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown currency 'XYZ'");
    }

    // ---- what is understood

    @Test
    void header_isMatchedByNameInAnyOrder_extraColumnsIgnored() {
        BillLine line = expenditure("O1", "C1", "PRD1", "12.5", "12").build();
        List<String> header = new ArrayList<>(BillDetailsLayout.COLUMNS);
        String[] cells = row(line);
        List<String> reversedHeader = new ArrayList<>();
        List<String> reversedCells = new ArrayList<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            reversedHeader.add(i % 2 == 0 ? header.get(i).toUpperCase() : " " + header.get(i) + " ");
            reversedCells.add(cells[i]);
        }
        reversedHeader.add("Remarks");
        reversedCells.add("ignored");
        ImportedBillDetails back = read(csv(reversedHeader, List.<String[]>of(reversedCells.toArray(new String[0]))));
        assertThat(back.billLines()).containsExactly(line);
        assertThat(back.lines().get(0).lineNumber()).isEqualTo(2);
    }

    @Test
    void operatorFile_withBomPayableSharesAndLocalTimes_isRead() throws Exception {
        ImportedBillDetails file = ReconciliationTest.operatorFile();
        assertThat(file.size()).isEqualTo(7);
        assertThat(file.source()).isEqualTo("operator-details-2024-01.csv");
        BillLine first = file.lines().get(0).line();
        assertThat(first.customer().value()).isEqualTo("C1");
        assertThat(first.specifications()).isEqualTo("1 TB, monthly");
        assertThat(first.discount()).isEqualTo(DiscountRate.parse("12.00% off"));
        assertThat(first.transactionTime()).isEqualTo(Instant.parse("2024-01-15T04:00:00Z"));
        BillLine payable = file.lines().get(5).line();
        assertThat(payable.discount()).isEqualTo(DiscountRate.ofPercentOff("25.00"));
        assertThat(payable.settlementType()).isEqualTo(SettlementType.PROMOTIONAL_PRODUCT);
        assertThat(file.lines().get(6).line().discount()).isEqualTo(DiscountRate.NONE);
        assertThat(file.lines().get(1).line().transactionTime()).isEqualTo(Instant.parse("2024-01-16T00:30:00Z"));
        assertThat(file.lines().get(3).line().originalOrderId().orElseThrow().value()).isEqualTo("O1");
        assertThat(file.lines()).extracting(ImportedLine::lineNumber).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void localTimes_areReadInTheImportersZone() {
        String[] cells = with(row(expenditure("O1", "C1", "PRD1", "1", "0").build()), "Transaction Time", "2024-01-15 12:00");
        String text = csv(BillDetailsLayout.COLUMNS, List.<String[]>of(cells));
        assertThat(read(text).billLines().get(0).transactionTime()).isEqualTo(Instant.parse("2024-01-15T04:00:00Z"));
        assertThat(importer.withZone(ZoneOffset.UTC).read("utc.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .billLines().get(0).transactionTime()).isEqualTo(Instant.parse("2024-01-15T12:00:00Z"));
    }

    @Test
    void escapedTextCells_areUnescaped() {
        BillLine line = expenditure("=O1", "C1", "PRD1", "1", "0").productName("+danger").application("'=kept").build();
        assertThat(read(csv(BillDetailsLayout.COLUMNS, List.<String[]>of(escaped(row(line))))).billLines())
                .containsExactly(line);
    }

    private static String[] escaped(String[] row) {
        String[] copy = Arrays.copyOf(row, row.length);
        for (int i = 0; i < copy.length; i++) {
            if (i != BillDetailsLayout.COLUMNS.indexOf(BillDetailsLayout.CUSTOMER_EXPENDITURE) && i != BillDetailsLayout.COLUMNS.indexOf(BillDetailsLayout.SETTLEMENT_AMOUNT)) {
                copy[i] = Cells.escape(copy[i]);
            }
        }
        return copy;
    }

    // ---- all or nothing

    @Test
    void importInto_malformedRow_importsNothing() {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
        String[] good = row(expenditure("O1", "C1", "PRD1", "1", "0").build());
        String[] bad = with(row(expenditure("O2", "C1", "PRD1", "1", "0").build()), "Settlement Amount", "abc");
        InputStream in = new ByteArrayInputStream(csv(BillDetailsLayout.COLUMNS, List.of(good, bad))
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> importer.importInto(billing.lines(), "bad.csv", in))
                .isInstanceOf(MalformedImportException.class)
                .hasMessage("Bill-details file 'bad.csv', line 3, column 'Settlement Amount', value 'abc': "
                        + "must be a plain decimal number");
        assertThat(billing.lines().count(PARTNER, CYCLE)).isZero();
    }

    @Test
    void importInto_lineRefusedByTheBook_importsNothing() {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
        String[] good = row(expenditure("O1", "C1", "PRD1", "1", "0").build());
        String[] outside = with(row(expenditure("O2", "C1", "PRD1", "1", "0").build()), "Transaction Time",
                "2024-02-01T00:00:00Z");
        InputStream in = new ByteArrayInputStream(csv(BillDetailsLayout.COLUMNS, List.of(good, outside))
                .getBytes(StandardCharsets.UTF_8));

        // Refused by the importer already, with the place: 08:00 on Feb 1 in Beijing is cycle 2024-02.
        assertThatThrownBy(() -> importer.importInto(billing.lines(), "late.csv", in))
                .isInstanceOf(MalformedImportException.class)
                .hasMessage("Bill-details file 'late.csv', line 3, column 'Transaction Time', value '2024-02-01T00:00:00Z': "
                        + "lies in cycle 2024-02 in Asia/Shanghai, not in the row's Billing Cycle 2024-01");
        assertThat(billing.lines().count(PARTNER, CYCLE)).isZero();
    }

    @Test
    void importInto_goodFile_appendsEveryLine() throws Exception {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
        try (InputStream in = getClass().getResourceAsStream("/operator-details-2024-01.csv")) {
            assertThat(importer.importInto(billing.lines(), "operator.csv", in)).isEqualTo(7);
        }
        assertThat(billing.lines().count(PARTNER, CYCLE)).isEqualTo(7);
    }
}
