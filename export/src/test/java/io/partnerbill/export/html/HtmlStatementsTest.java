package io.partnerbill.export.html;

import static io.partnerbill.export.html.HtmlExporterTest.externalReferences;
import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.MID_JANUARY;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.StatementDocument;
import io.partnerbill.export.tasks.ExportRequest;
import io.partnerbill.export.tasks.ExportService;
import io.partnerbill.export.tasks.ExportSink;
import io.partnerbill.export.testing.StatementMonths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customer statements through the HTML exporter: one printable page per customer. */
class HtmlStatementsTest {

    @TempDir
    Path dir;

    private static String html(List<StatementDocument> docs) throws IOException {
        return html(docs, ExportContext.defaults().withNames(StatementMonths.NAMES));
    }

    private static String html(List<StatementDocument> docs, ExportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.html().writeStatements(docs, context, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The page of one customer: from its section to the next. */
    private static String page(String html, String customer) {
        int start = html.indexOf("data-customer=\"" + customer + "\"");
        assertThat(start).as("the page of %s", customer).isPositive();
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }

    private static String term(String label, String value) {
        return "<div class=\"term-label\">" + label + "</div><div class=\"term-value\">" + value + "</div>";
    }

    // ---- structure

    @Test
    void writeStatements_writesOnePageSectionPerCustomer_inTheOrderGiven() throws Exception {
        List<StatementDocument> docs = StatementMonths.documents(StatementMonths.billing(List.of()));
        String html = html(docs);

        assertThat(docs).extracting(d -> d.statement().customer().value()).containsExactly("C1", "C2", "C3");
        assertThat(html.split("<section class=\"sheet statement", -1)).hasSize(docs.size() + 1);
        assertThat(html.indexOf("id=\"statement-1\" data-customer=\"C1\""))
                .isLessThan(html.indexOf("id=\"statement-2\" data-customer=\"C2\""))
                .isLessThan(html.indexOf("id=\"statement-3\" data-customer=\"C3\""));
        assertThat(html).contains("Customer statement \u00b7 2 of 3", "<title>Customer statements P1 \u00b7 2024-01</title>");
        // a page break after every statement but the last
        assertThat(html).contains(".statement { break-after: page; page-break-after: always; }",
                ".statement:last-of-type { break-after: auto; page-break-after: auto; }", "@page { size: A4;");
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</body>\n</html>\n");
        assertThat(externalReferences(html)).isEmpty();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("http:")
                .doesNotContainIgnoringCase("https:");
    }

    @Test
    void writeStatements_ofNoStatementSaysSo() throws Exception {
        String html = html(List.of());
        assertThat(html).contains("No customer has lines in this cycle.").doesNotContain("data-customer");
    }

    @Test
    void writeStatements_returnsAndReportsTheRowsItWrote_andNeverClosesTheStream() throws Exception {
        List<StatementDocument> docs = StatementMonths.documents(StatementMonths.billing(List.of()));
        List<Long> reported = new ArrayList<>();
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        long rows = Exporter.html().writeStatements(docs, ExportContext.defaults().withProgress(reported::add), bytes);

        // lines 4 + 1 + 1; each page: 3 kinds, residue, subtotal, total, amount due; tax rows 2, 2, 1 (none);
        // paid and outstanding on the issued C1 and C3
        assertThat(rows).isEqualTo(6 + 3 * 7 + 5 + 2 * 2);
        assertThat(reported).containsExactly(rows);
        assertThat(closed[0]).isFalse();
        assertThat(html(docs)).isEqualTo(html(docs)); // no timestamp: the same statements give the same bytes
    }

    // ---- figures

    @Test
    void issuedStatement_showsNumberStatusPaidAndOutstanding() throws Exception {
        String c1 = page(html(StatementMonths.documents(StatementMonths.billing(List.of()))), "C1");

        assertThat(c1).contains("data-number=\"CS-2024-000001\"", "Statement <b class=\"number\">CS-2024-000001</b>",
                "Issued <b>2024-02-05</b>", "<span class=\"tag partly\">Partially paid</span>");
        assertThat(c1).contains("<div class=\"party-name\">Karnataka Cloud Partners</div><div class=\"party-id\">P1</div>",
                "<div class=\"party-name\">Bengaluru Bakes Pvt Ltd</div><div class=\"party-id\">C1</div>");
        assertThat(c1).contains("<div class=\"hero-label\">Outstanding for 2024-01</div><div class=\"hero-amount\">"
                + "<span class=\"ccy\">USD</span> 375.90</div>");
        assertThat(c1).contains(term("Subtotal", "335.50"), term("Tax", "60.40"), term("Amount due", "395.90"),
                term("Paid", "20.00"), term("Outstanding", "375.90"));
        // the lines at the customer's price, earliest first, a refund with its original order
        assertThat(c1).containsSubsequence(">O4<", ">275.00<", ">O1<", ">110.00<", ">R1<", ">O1<", ">-55.00<", ">A1<",
                ">5.50<");
        assertThat(c1).contains("<td class=\"num negative\">-55.00</td>", "<span class=\"tag refund\">Refund</span>",
                "<span class=\"tag adjustment\">Adjustment</span>");
        // the reseller's tax, the totals
        assertThat(c1).contains("<tr><td>CGST</td><td class=\"num\">9%</td><td class=\"num\">335.50</td>"
                + "<td class=\"num\">30.20</td>", "<tr><td>SGST</td>");
        assertThat(c1).contains("<tr><td>Purchases</td><td></td><td></td><td class=\"num\">385.00</td>",
                "<tr><td>Refunds</td><td></td><td></td><td class=\"num negative\">-55.00</td>",
                "<tr class=\"total\"><td>Total</td><td></td><td></td><td class=\"num\">395.90</td>",
                "<tr class=\"total\"><td>Outstanding</td><td></td><td></td><td class=\"num\">375.90</td>");
        assertThat(c1).doesNotContain("Draft", "Credit of");
    }

    @Test
    void draftStatement_saysDraft_andHasNoNumberPaidOrOutstanding() throws Exception {
        String c2 = page(html(StatementMonths.documents(StatementMonths.billing(List.of()))), "C2");

        assertThat(c2).contains("data-number=\"DRAFT\"", "Statement <b class=\"number\">Draft</b>",
                "<span class=\"tag draft\">Draft</span>", "<b>Draft.</b> This statement is not issued yet");
        assertThat(c2).contains("<div class=\"hero-label\">Amount due for 2024-01</div>", term("Subtotal", "22.00"),
                term("Tax", "3.96"));
        assertThat(c2).contains("<div class=\"term due\">" + term("Amount due", "25.96"));
        assertThat(c2).doesNotContain("CS-2024", "Outstanding", "Paid", "Issued <b>");
        assertThat(html(StatementMonths.documents(StatementMonths.billing(List.of()))))
                .contains("<section class=\"sheet statement draft\" id=\"statement-2\"");
    }

    @Test
    void negativeMonth_showsTheCreditAndNothingDue() throws Exception {
        String c3 = page(html(StatementMonths.documents(StatementMonths.billing(List.of()))), "C3");

        assertThat(c3).contains("<span class=\"tag paid\">Paid</span>", "CS-2024-000002");
        assertThat(c3).contains("<div class=\"term negative\">" + term("Subtotal", "-33.00"),
                term("Tax", "0.00"), "<div class=\"term negative\">" + term("Total", "-33.00"),
                term("Amount due", "0.00"), term("Outstanding", "0.00"));
        assertThat(c3).contains("<b>Credit of USD 33.00.</b> Refunds exceed purchases this month");
        assertThat(c3).contains(">DEC-7<", "no tax is charged on this statement");
    }

    @Test
    void zeroRatedTax_showsItsReason_escaped() throws Exception {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").customerTaxPolicy(r -> TaxBreakdown.of(
                r.base().getCurrency(), List.of(TaxComponent.zeroRated("IGST", r.base(), "export under LUT <letter>"))))
                .build();
        billing.lines().append(expenditure("O1", "C1", "PRD1", "10.00", "0").build());
        String html = html(List.of(StatementDocument.draft(billing.statements().calculate(PARTNER, CustomerId.of("C1"),
                CYCLE))));
        assertThat(html).contains("<td>IGST</td><td class=\"num\">0%</td>",
                "<span class=\"tag\">Zero-rated</span> export under LUT &lt;letter&gt;");
    }

    @Test
    void longStatement_listsTheEarliest300Lines_thenHowManyMoreAndTheirSum() throws Exception {
        List<BillLine> many = new ArrayList<>();
        int count = HtmlStatements.LISTED_LINES + 7;
        for (int i = 0; i < count; i++) {
            // written latest first: the listing is by time
            many.add(expenditure("M" + i, "C9", "PRD1", "1.00", "0").transactionTime(MID_JANUARY.minusSeconds(i)).build());
        }
        PartnerBilling billing = StatementMonths.billing(many);
        String c9 = page(html(List.of(StatementDocument.draft(billing.statements().calculate(PARTNER,
                CustomerId.of("C9"), CYCLE)))), "C9");

        assertThat(c9.split("<tr><td class=\"nowrap\">", -1)).hasSize(HtmlStatements.LISTED_LINES + 1);
        assertThat(c9).contains("307 lines; the earliest 300 are listed");
        assertThat(c9).contains("and 7 more, in the CSV or JSON export of the statements</td><td class=\"num\">7.70</td>");
        assertThat(c9).contains(">M306<", ">M7<").doesNotContain(">M6<", ">M0<");
        assertThat(c9).contains(term("Subtotal", "337.70"));
    }

    // ---- safety

    @Test
    void everyText_isEscaped() throws Exception {
        List<BillLine> hostile = List.of(expenditure("<b>O9</b>", "\"><svg onload=alert(2)>", "P<1>", "10.00", "0")
                .productName("<script>alert('p')</script>").build());
        PartnerBilling billing = StatementMonths.billing(hostile);
        List<StatementDocument> docs = StatementMonths.documents(billing);
        String html = html(docs);

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<svg onload", "<b>O9</b>", "<1>", "</td></tr><script");
        assertThat(html).contains("&lt;/td&gt;&lt;/tr&gt;&lt;script&gt;alert(&#39;c&#39;)&lt;/script&gt; &amp; &#34;Co&#34;",
                "&lt;img src=x onerror=alert(1)&gt; Storage &amp; &#34;more&#34;",
                "&lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt;", "data-customer=\"&#34;&gt;&lt;svg onload=alert(2)&gt;\"",
                "&lt;b&gt;O9&lt;/b&gt;", "P&lt;1&gt;");
        assertThat(html.split("<section class=\"sheet statement", -1)).hasSize(5);
        assertThat(externalReferences(html)).isEmpty();
    }

    // ---- the exporter and the export task

    @Test
    void htmlExporter_supportsStatements_butNotMargin() {
        Exporter html = Exporter.html();
        assertThat(html.supports(ExportKind.STATEMENTS)).isTrue();
        assertThat(html.supports(ExportKind.BILL)).isTrue();
        assertThat(html.supports(ExportKind.BILL_DETAILS)).isTrue();
        assertThat(html.supports(ExportKind.MARGIN)).isFalse();
    }

    @Test
    void exportTask_writesTheStatementsAsOneHtmlFile() throws Exception {
        PartnerBilling billing = StatementMonths.billing(List.of());
        StatementMonths.documents(billing);
        ExportService exports = ExportService.builder().billing(billing).sink(ExportSink.localDirectory(dir))
                .executor(Runnable::run).build();

        ExportTask task = exports.submit(ExportRequest.statements(PARTNER, CYCLE, "html"));

        assertThat(task.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(task.fileName()).contains("P1_2024-01_statements.html");
        try (InputStream in = exports.download(task.id())) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(html.split("<section class=\"sheet statement", -1)).hasSize(4);
            assertThat(html).contains("CS-2024-000001", "CS-2024-000002", "Issued <b>2024-02-05</b>");
        }
        assertThatThrownBy(() -> exports.submit(ExportRequest.margin(PARTNER, CYCLE, "html")))
                .isInstanceOf(io.partnerbill.core.InvalidValueException.class)
                .hasMessageStartingWith("Export format 'html' cannot write MARGIN");
    }
}
