package io.partnerbill.export;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.USD;
import static io.partnerbill.export.testing.TestLines.expenditure;
import static io.partnerbill.export.testing.TestLines.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.StatementDocument;
import io.partnerbill.export.tasks.ExportRequest;
import io.partnerbill.export.tasks.ExportService;
import io.partnerbill.export.tasks.ExportSink;
import io.partnerbill.export.testing.Workbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer statements and margin reports through the exporters and export tasks.
 *
 * <p>Price book: all customers +10.00 % from 2024-01. C1: O1 100.00 (12 % off) -> 110.00; R1
 * refunds 50.00 of O1 -> 110.00 x -50/100 = -55.00; subtotal 55.00, VAT 10 % 5.50, total 60.50.
 * C2: O2 20.00 (no discount) -> 22.00, VAT 2.20, total 24.20. Cost: 88.00 - 44.00 + 20.00 = 64.00;
 * revenue 77.00; margin 13.00 = 16.88 %.
 */
class StatementExportTest {

    private static final TaxPolicy VAT_10 = r -> TaxBreakdown.of(USD, List.of(TaxComponent.of("VAT", BigDecimal.TEN,
            r.base(), ExactMoney.monetary(ExactMoney.decimal(r.base()).multiply(new BigDecimal("0.1"))
                    .setScale(2, RoundingMode.HALF_UP), USD))));

    @TempDir
    Path dir;

    private PartnerBilling billing;

    @BeforeEach
    void setUp() {
        billing = PartnerBilling.builder().currency("USD").customerTaxPolicy(VAT_10)
                .clock(Clock.fixed(Instant.parse("2023-12-20T00:00:00Z"), ZoneOffset.UTC)).build();
        billing.prices().set(PARTNER, PriceScope.allCustomers(), Repricing.markup("10.00"), CYCLE);
        billing.lines().appendAll(List.<BillLine>of(expenditure("O1", "C1", "PRD1", "100.00", "12.00").build(),
                refund("R1", "O1", "C1", "PRD1", "-50.00", "12.00").build(),
                expenditure("O2", "C2", "PRD2", "20.00", "0").build()));
    }

    private List<StatementDocument> drafts() {
        return List.of(StatementDocument.draft(billing.statements().calculate(PARTNER, CustomerId.of("C1"), CYCLE)),
                StatementDocument.draft(billing.statements().calculate(PARTNER, CustomerId.of("C2"), CYCLE)));
    }

    @Test
    void statementsCsv_linesThenSummaryRowsPerCustomer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = Exporter.csv().writeStatements(drafts(), ExportContext.defaults(), out);

        List<String> csv = List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(csv.get(0)).isEqualTo("Statement Number,Status,Partner ID,Customer ID,Billing Cycle,Row,Order ID,"
                + "Original Order ID,Bill Type,Product ID,Product Name,Transaction Time,Customer Expenditure,"
                + "Customer Amount,Price Rule,Currency");
        assertThat(csv).contains(
                "DRAFT,DRAFT,P1,C1,2024-01,LINE,O1,,Expenditure,PRD1,Product PRD1,2024-01-15T04:00:00Z,100.00,110.00,P1/PR-1,USD",
                "DRAFT,DRAFT,P1,C1,2024-01,LINE,R1,O1,Refund,PRD1,Product PRD1,2024-01-15T04:00:00Z,-50.00,-55.00,P1/PR-1,USD",
                "DRAFT,DRAFT,P1,C1,2024-01,SUBTOTAL,,,,,,,,55.00,,USD",
                "DRAFT,DRAFT,P1,C1,2024-01,TAX VAT,,,,,,,,5.50,10%,USD",
                "DRAFT,DRAFT,P1,C1,2024-01,TOTAL,,,,,,,,60.50,,USD",
                "DRAFT,DRAFT,P1,C2,2024-01,AMOUNT DUE,,,,,,,,24.20,,USD");
        assertThat(rows).isEqualTo(csv.size() - 1).isEqualTo(13); // C1: 2 lines + 5 summary rows; C2: 1 + 5
    }

    @Test
    void statementsJson_isAnArrayOfStatementObjects() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(Exporter.json().writeStatements(drafts(), ExportContext.defaults(), out)).isEqualTo(2);

        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.size()).isEqualTo(2);
        JsonNode c1 = json.get(0);
        assertThat(c1.get("customerId").asText()).isEqualTo("C1");
        assertThat(c1.get("statementNumber").asText()).isEqualTo("DRAFT");
        assertThat(c1.get("lines").get(1).get("originalOrderId").asText()).isEqualTo("O1");
        assertThat(c1.get("lines").get(1).get("customerAmount").asText()).isEqualTo("-55.00");
        assertThat(c1.get("subtotal").asText()).isEqualTo("55.00");
        assertThat(c1.get("tax").get(0).get("amount").asText()).isEqualTo("5.50");
        assertThat(c1.get("total").asText()).isEqualTo("60.50");
        assertThat(json.get(1).get("amountDue").asText()).isEqualTo("24.20");
    }

    @Test
    void marginCsvJsonAndXlsx_showRowsTotalsAndReconciliation() throws IOException {
        var report = billing.margins().report(PARTNER, CYCLE);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

        assertThat(Exporter.csv().writeMargin(report, ExportContext.defaults(), csv)).isEqualTo(9);
        Exporter.json().writeMargin(report, ExportContext.defaults(), json);
        assertThat(Exporter.xlsx().writeMargin(report, ExportContext.defaults(), xlsx)).isEqualTo(9);

        assertThat(List.of(csv.toString(StandardCharsets.UTF_8).split("\r\n"))).containsExactly(
                "Partner ID,Billing Cycle,View,Key,Revenue,Settlement Cost,Margin,Margin %,Lines,Currency",
                "P1,2024-01,CUSTOMER,C1,55.00,44.00,11.00,20.00,2,USD",
                "P1,2024-01,CUSTOMER,C2,22.00,20.00,2.00,9.09,1,USD",
                "P1,2024-01,PRODUCT,PRD1,55.00,44.00,11.00,20.00,2,USD",
                "P1,2024-01,PRODUCT,PRD2,22.00,20.00,2.00,9.09,1,USD",
                "P1,2024-01,TOTAL,,77.00,64.00,13.00,16.88,3,USD",
                "P1,2024-01,STATEMENT SUBTOTALS,,77.00,,,,,USD",
                "P1,2024-01,REVENUE ROUNDING RESIDUE,,0.00,,,,,USD",
                "P1,2024-01,NET SETTLEMENT,,,64.00,,,,USD",
                "P1,2024-01,COST ROUNDING RESIDUE,,,0.00,,,,USD");
        JsonNode m = new ObjectMapper().readTree(json.toByteArray());
        assertThat(m.get("marginPercent").asText()).isEqualTo("16.88");
        assertThat(m.get("byProduct").get(1).get("key").asText()).isEqualTo("PRD2");
        assertThat(m.get("netSettlement").asText()).isEqualTo("64.00");
        String sheet = Workbooks.entries(dir, xlsx.toByteArray()).get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<is><t>Settlement Cost</t></is>", "<is><t>NET SETTLEMENT</t></is>")
                .containsPattern("t=\"n\"><v>77.00</v>");
    }

    @Test
    void exportTasks_writeIssuedStatementsAndDrafts_andRefuseFormatsThatCannot() throws IOException {
        Clock issueTime = Clock.fixed(Instant.parse("2024-02-05T04:00:00Z"), ZoneOffset.UTC);
        PartnerBilling later = PartnerBilling.builder().currency("USD").customerTaxPolicy(VAT_10).store(billing.store())
                .clock(issueTime).build();
        later.bills().issue(PARTNER, CYCLE);
        later.statements().issue(PARTNER, CustomerId.of("C1"), CYCLE);
        ExportService exports = ExportService.builder().billing(later).sink(ExportSink.localDirectory(dir))
                .executor(Runnable::run).build();

        ExportTask statements = exports.submit(ExportRequest.statements(PARTNER, CYCLE, "csv"));
        ExportTask margin = exports.submit(ExportRequest.margin(PARTNER, CYCLE, "xlsx"));

        assertThat(statements.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(statements.kind()).isEqualTo(ExportKind.STATEMENTS);
        assertThat(statements.fileName()).contains("P1_2024-01_statements.csv");
        assertThat(margin.fileName()).contains("P1_2024-01_margin.xlsx");
        try (InputStream in = exports.download(statements.id())) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("CS-2024-000001,UNPAID,P1,C1,2024-01,TOTAL,,,,,,,,60.50,,USD")
                    .contains("DRAFT,DRAFT,P1,C2,2024-01,TOTAL,,,,,,,,24.20,,USD");
        }
        assertThatThrownBy(() -> exports.submit(ExportRequest.statements(PARTNER, CYCLE, "xlsx")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Export format 'xlsx' cannot write STATEMENTS, was requested for "
                        + "ExportRequest[STATEMENTS P1 2024-01 xlsx, max 100000 rows per file]");
        assertThat(exports.history(PARTNER)).hasSize(2);
    }

    @Test
    void anExporterWrittenBeforeStatements_supportsOnlyBills_andSaysSo() {
        Exporter old = new Exporter() {
            @Override
            public String format() {
                return "old";
            }

            @Override
            public String fileExtension() {
                return "txt";
            }

            @Override
            public long writeBill(BillDocument bill, ExportContext context, OutputStream out) {
                return 0;
            }

            @Override
            public LineWriter openLines(ExportContext context, OutputStream out) throws IOException {
                return Exporter.csv().openLines(context, out);
            }
        };

        assertThat(old.supports(ExportKind.BILL)).isTrue();
        assertThat(old.supports(ExportKind.STATEMENTS)).isFalse();
        assertThat(old.supports(ExportKind.MARGIN)).isFalse();
        assertThatThrownBy(() -> old.writeStatements(drafts(), ExportContext.defaults(), new ByteArrayOutputStream()))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("Export format 'old' does not write customer statements");
        assertThatThrownBy(() -> old.writeMargin(billing.margins().report(PARTNER, CYCLE), ExportContext.defaults(),
                new ByteArrayOutputStream()))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("Export format 'old' does not write margin reports");
        assertThat(StatementDocument.draft(drafts().get(0).statement()).issued()).isEmpty();
    }
}
