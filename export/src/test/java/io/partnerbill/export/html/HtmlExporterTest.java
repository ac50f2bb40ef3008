package io.partnerbill.export.html;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.MID_JANUARY;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.expenditure;
import static io.partnerbill.export.testing.TestLines.refund;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineSource;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.export.testing.ReportMonths;
import io.partnerbill.export.testing.TestNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {

    private static final Pattern TAG = Pattern.compile("<[A-Za-z][^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?i)\\s(?:src|href|action|poster|data|srcset|xlink:href|formaction|background)\\s*=\\s*[\"']?([^\"'\\s>]*)");
    private static final Pattern CSS = Pattern.compile("(?is)<style[^>]*>(.*?)</style>|\\sstyle\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CSS_REFERENCE = Pattern.compile(
            "(?i)url\\(\\s*[\"']?([^\"')\\s]*)|@import\\s+(?:url\\(\\s*)?[\"']?([^\"');\\s]*)");

    /**
     * Returns every reference of a page that points anywhere but into the page itself: the values
     * of {@code src}, {@code href} and similar attributes of its tags, and the {@code url(..)} and
     * {@code @import} of its style sheets and style attributes, other than {@code #fragment} and
     * {@code data:} URLs. Text is not looked at: escaped text cannot load anything.
     */
    static List<String> externalReferences(String html) {
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher attribute = ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                addIfExternal(found, attribute.group().strip(), attribute.group(1));
            }
        }
        Matcher css = CSS.matcher(html);
        while (css.find()) {
            Matcher reference = CSS_REFERENCE.matcher(css.group(1) != null ? css.group(1) : css.group(2));
            while (reference.find()) {
                addIfExternal(found, reference.group(), reference.group(1) != null ? reference.group(1) : reference.group(2));
            }
        }
        return found;
    }

    private static void addIfExternal(List<String> found, String reference, String target) {
        if (!target.startsWith("#") && !target.regionMatches(true, 0, "data:", 0, 5)) {
            found.add(reference);
        }
    }

    private static String html(BillDocument bill, LineSource lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.html().writeBill(bill, lines, ExportContext.defaults(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static PartnerBilling billing(List<BillLine> lines) {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").taxPolicy(ReportMonths.GST).build();
        billing.lines().appendAll(lines);
        return billing;
    }

    private static String report(PartnerBilling billing, MonthlyBill bill) throws IOException {
        return html(BillDocument.of(bill), LineSource.of(billing.lines(), PARTNER, CYCLE));
    }

    // ---- the figures

    @Test
    void report_showsTheAmountDueAndItsFormula() throws Exception {
        PartnerBilling billing = ReportMonths.sampleBilling(300);
        MonthlyBill bill = ReportMonths.sampleBill(billing);
        String html = report(billing, bill);

        String due = HtmlText.amount(bill.amountDue());
        assertThat(html).contains("<div class=\"hero-amount\" id=\"amount-due\"><span class=\"ccy\">USD</span> " + due
                + "</div>");
        assertThat(html).contains(term("Net settlement", HtmlText.amount(bill.netSettlement())),
                term("Cash coupons used", "250.00"), term("Tax", HtmlText.amount(bill.tax().total())),
                term("Amount due", due));
        assertThat(html).doesNotContain("Bill amount", "notice credit");
        assertThat(HtmlText.amount(bill.amountDue())).isEqualTo(HtmlText.amount(
                ExactMoney.decimal(bill.netSettlement()).subtract(ExactMoney.decimal(bill.couponsUsed()))
                        .add(ExactMoney.decimal(bill.tax().total())), bill.amountDue().getCurrency()));
    }

    private static String term(String label, String value) {
        return "<div class=\"term-label\">" + label + "</div><div class=\"term-value\">" + value + "</div>";
    }

    @Test
    void report_listsEveryProductCustomerAndTaxComponentWithTotalsAndResidues() throws Exception {
        PartnerBilling billing = ReportMonths.sampleBilling(300);
        MonthlyBill bill = ReportMonths.sampleBill(billing);
        String html = report(billing, bill);

        for (ProductSummary p : bill.byProduct().rows()) {
            assertThat(html).contains("<span class=\"name\">" + HtmlText.escape(p.productName()) + "</span> <span class=\"id\">"
                    + p.product().value() + "</span>");
        }
        assertThat(html).contains("Cloud Backup &amp; Recovery");
        assertThat(html).contains("<td>Others: Refunds</td><td></td><td></td><td class=\"num negative\">"
                + HtmlText.amount(bill.byProduct().othersRefunds()) + "</td>");
        assertThat(html).contains(">Rounding residue<", HtmlText.signedAmount(bill.byProduct().residue()));
        bill.byCustomer().rows().forEach(c -> assertThat(html).contains("<span class=\"id\">" + c.customer().value()
                + "</span>", HtmlText.amount(c.total())));
        assertThat(html).contains("<tr class=\"total\"><td>Total</td><td class=\"num\">"
                + HtmlText.count(bill.lineCount()));
        assertThat(html).contains("<tr><td>CGST</td><td class=\"num\">9%</td><td class=\"num\">"
                + HtmlText.amount(bill.netSettlement()) + "</td>", "<tr><td>SGST</td>", "Total tax");
        // the bar chart has a bar per product, then the Others group
        assertThat(html.split("class=\"bar bar-product\"", -1)).hasSize(bill.byProduct().rows().size() + 1);
        assertThat(html).contains("class=\"bar bar-refund\"", "class=\"bar bar-adjustment\"");
    }

    @Test
    void report_showsZeroRatingReasons() throws Exception {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").taxPolicy(request -> io.partnerbill.core.tax
                .TaxBreakdown.of(request.base().getCurrency(), List.of(io.partnerbill.core.tax.TaxComponent
                        .zeroRated("IGST", request.base(), "export under LUT <letter>")))).build();
        billing.lines().append(expenditure("O1", "C1", "PRD1", "10.00", "0").build());
        String html = report(billing, billing.bills().calculate(PARTNER, CYCLE));
        assertThat(html).contains("<td>IGST</td><td class=\"num\">0%</td>",
                "<span class=\"tag\">Zero-rated</span> export under LUT &lt;letter&gt;");
    }

    @Test
    void report_drawsTheDailyExpenditureInTheBillingZone() throws Exception {
        // 2024-01-09T16:30Z is the 10th in Beijing and the 9th in UTC.
        Instant lateEvening = Instant.parse("2024-01-09T16:30:00Z");
        List<BillLine> lines = List.of(expenditure("O1", "C1", "PRD1", "100.00", "0").transactionTime(lateEvening).build(),
                expenditure("O2", "C1", "PRD1", "20.00", "0").transactionTime(MID_JANUARY).build(),
                refund("R1", "O2", "C1", "PRD1", "-5.00", "0").build());
        PartnerBilling billing = billing(lines);
        BillDocument bill = BillDocument.of(billing.bills().calculate(PARTNER, CYCLE));

        String beijing = html(bill, LineSource.of(lines));
        assertThat(beijing).contains("data-day=\"10\" data-value=\"100.00000000\"", "data-day=\"15\" data-value=\"20.00000000\"",
                "data-day=\"9\" data-value=\"0\"", "billing zone Asia/Shanghai");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.html().writeBill(bill, LineSource.of(lines),
                ExportContext.defaults().withCalendar(BillingCalendar.of(ZoneOffset.UTC)), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("data-day=\"9\" data-value=\"100.00000000\"",
                "data-day=\"10\" data-value=\"0\"", "billing zone Z");
    }

    @Test
    void report_listsRefundsAndAdjustmentsUpToTheCap() throws Exception {
        List<BillLine> lines = new ArrayList<>();
        lines.add(expenditure("O", "C1", "PRD1", "100000.00", "0").build());
        int refunds = HtmlFormat.LISTED_OTHERS + 57;
        for (int i = 0; i < refunds; i++) {
            // listed chronologically: the earliest first; written in reverse order here
            lines.add(refund("R" + i, "O", "C1", "PRD1", "-1.00", "0").transactionTime(MID_JANUARY.minusSeconds(i)).build());
        }
        lines.add(expenditure("A1", "C2", "PRD1", "-3.50", "0").billType(BillType.ADJUSTMENT)
                .orderType(OrderType.FEE_ADJUSTMENT).transactionTime(MID_JANUARY.minusSeconds(10_000)).build());
        String html = html(BillDocument.of(billing(lines).bills().calculate(PARTNER, CYCLE)), LineSource.of(lines));

        String table = html.substring(html.indexOf("<table class=\"others-list\">"));
        assertThat(table.split("<tr><td class=\"nowrap\">", -1)).hasSize(HtmlFormat.LISTED_OTHERS + 1);
        assertThat(html).contains((refunds + 1) + " refund and adjustment lines, settlement USD -260.50; the earliest 200 "
                + "are listed");
        assertThat(table).contains("and 58 more, in the bill-details export</td><td class=\"num negative\">-58.00</td>");
        assertThat(table.indexOf(">A1<")).as("the adjustment is the earliest").isBetween(0, table.indexOf(">R256<"));
        assertThat(table).contains(">R256<", ">R58<").doesNotContain(">R57<", ">R0<");
    }

    @Test
    void report_streamsTheLinesOnceKeepingOnlyWhatItShows() throws Exception {
        AtomicInteger scans = new AtomicInteger();
        AtomicLong produced = new AtomicLong();
        long count = 50_000;
        // Lines made on demand and dropped: a report that kept them would not make this test slower, but
        // its listing would grow; the listing stays at the cap and every line is counted once.
        LineSource generated = action -> {
            scans.incrementAndGet();
            for (long i = 0; i < count; i++) {
                produced.incrementAndGet();
                action.accept(i % 10 == 0
                        ? refund("R" + i, "O" + i, "C1", "PRD1", "-1.00", "0").build()
                        : expenditure("O" + i, "C" + (i % 7), "PRD" + (i % 5), "2.00", "0")
                                .transactionTime(MID_JANUARY.plusSeconds(i % 1_000_000)).build());
            }
        };
        BillDocument empty = BillDocument.of(billing(List.of()).bills().calculate(PARTNER, CYCLE));
        ReportLines read = new ReportLines(PARTNER, CYCLE, BillingCalendar.beijing(), HtmlFormat.LISTED_OTHERS);
        generated.scan(read);
        assertThat(read.listed()).hasSize(HtmlFormat.LISTED_OTHERS);
        assertThat(read.othersCount()).isEqualTo(5_000);
        assertThat(read.notListed()).isEqualTo(5_000 - HtmlFormat.LISTED_OTHERS);
        assertThat(read.daily().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("90000");

        scans.set(0);
        String html = html(empty, generated);
        assertThat(scans).hasValue(1);
        assertThat(produced).hasValue(2 * count);
        assertThat(html).contains("and 4,800 more", "<div class=\"kpi-value\">45,000</div>");
    }

    @Test
    void report_skipsLinesOfAnotherPartnerOrCycleAndSaysSo() throws Exception {
        List<BillLine> lines = List.of(expenditure("O1", "C1", "PRD1", "10.00", "0").build(),
                expenditure("O2", "C1", "PRD1", "10.00", "0").partner(PartnerId.of("P2")).build());
        String html = html(BillDocument.of(billing(lines.subList(0, 1)).bills().calculate(PARTNER, CYCLE)),
                LineSource.of(lines));
        assertThat(html).contains("data-day=\"15\" data-value=\"10.00000000\"",
                "1 of the lines given were of another partner or cycle, or outside the cycle in this zone, and are not drawn.");
    }

    // ---- edge months

    @Test
    void report_ofAnEmptyMonth() throws Exception {
        PartnerBilling billing = billing(List.of());
        String html = report(billing, billing.bills().calculate(PARTNER, CYCLE));
        assertThat(html).contains("<span class=\"ccy\">USD</span> 0.00</div>", "No product was bought this month.",
                "No customer bought anything this month.", "No refund and no adjustment this month.",
                "No tax is charged on this bill", "No expenditure this month.");
        assertThat(html).doesNotContain("NaN", "Infinity", "<svg class=\"chart");
        assertThat(externalReferences(html)).isEmpty();
    }

    @Test
    void report_ofANegativeMonthShowsTheCreditAndTheFlooredDue() throws Exception {
        PartnerBilling billing = billing(ReportMonths.negativeLines());
        MonthlyBill bill = billing.bills().calculate(PARTNER, CYCLE);
        assertThat(bill.isNegative()).isTrue();
        String html = report(billing, bill);

        assertThat(html).contains("<span class=\"ccy\">USD</span> 0.00</div>");
        assertThat(html).contains("<div class=\"term negative\"><div class=\"term-label\">Net settlement</div>"
                + "<div class=\"term-value\">-190.00</div>", term("Bill amount", "-190.00"), term("Amount due", "0.00"));
        assertThat(html).contains("<b>Credit of USD 190.00.</b> Refunds exceed expenditures this month");
        assertThat(html).contains("class=\"bar bar-refund\" data-value=\"-270", "<line class=\"zero\"");
        assertThat(html).contains(">DEC-7<", ">-270.00<", ">-10.00<");
    }

    @Test
    void report_withoutLinesSaysWhatItCannotShow() throws Exception {
        PartnerBilling billing = ReportMonths.sampleBilling(50);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = Exporter.html().writeBill(BillDocument.of(ReportMonths.sampleBill(billing)), ExportContext.defaults(), out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isPositive();
        assertThat(html).contains("this report was written without them", "Refunds USD ")
                .doesNotContain("<svg class=\"chart daily\"", "others-list");
    }

    // ---- safety

    @Test
    void report_escapesEveryTextItShows() throws Exception {
        String evil = "<script>alert('x')</script>";
        List<BillLine> lines = List.of(
                expenditure("<img src=x onerror=alert(1)>", "\"><svg onload=alert(2)>", "P<1>", "10.00", "0")
                        .productName(evil).productType("<b>type</b>").build(),
                refund("R&1", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(2)>", "P<1>", "-1.00", "0")
                        .productName(evil).build());
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
        billing.lines().appendAll(lines);
        NameDirectory names = TestNames.everyone("</td></tr></table><script>steal()</script>", "<iframe src=//evil.example>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.html().writeBill(BillDocument.of(billing.bills().calculate(PARTNER, CYCLE)), LineSource.of(lines),
                ExportContext.defaults().withNames(names), out);
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe").doesNotContain("<svg onload", "<b>type</b>", "<1>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;steal()&lt;/script&gt;",
                "&#34;&gt;&lt;svg onload=alert(2)&gt;", "&lt;iframe src=//evil.example&gt;", "R&amp;1");
        assertThat(externalReferences(html)).isEmpty();
    }

    @Test
    void report_isSelfContained() throws Exception {
        PartnerBilling billing = ReportMonths.sampleBilling(200);
        String html = report(billing, ReportMonths.sampleBill(billing));
        assertThat(externalReferences(html)).isEmpty();
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("@font-face")
                .doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:").doesNotContain("//www.");
        assertThat(html).contains("href=\"#products\"", "@media print", "@page { size: A4;", "break-before: page");
    }

    @Test
    void externalReferences_findsWhatWouldLoadSomething() {
        assertThat(externalReferences("<img src=\"http://x/a.png\"><a href='#top'>t</a><link href=//cdn/x.css>"
                + "<style>b{background:url( 'https://x/b.png')} i{background:url(data:image/png;base64,AA)}"
                + "@import \"other.css\";</style><image xlink:href=\"y.svg\"/>"))
                .containsExactly("src=\"http://x/a.png", "href=//cdn/x.css", "xlink:href=\"y.svg",
                        "url( 'https://x/b.png", "@import \"other.css");
        assertThat(externalReferences("<p>&lt;img src=http://x&gt; url(http://y)</p><p style=\"background:url(http://z)\">"))
                .containsExactly("url(http://z");
    }

    @Test
    void report_isTheSameForTheSameBill() throws Exception {
        PartnerBilling billing = ReportMonths.sampleBilling(100);
        MonthlyBill bill = ReportMonths.sampleBill(billing);
        assertThat(report(billing, bill)).isEqualTo(report(billing, bill));
    }

    // ---- the exporter

    @Test
    void writeBill_returnsTheTableRowsAndReportsThemOnce() throws Exception {
        List<BillLine> lines = ReportMonths.negativeLines();
        PartnerBilling billing = billing(lines);
        List<Long> reported = new ArrayList<>();
        OutputStream out = new ByteArrayOutputStream();
        long rows = Exporter.html().writeBill(BillDocument.of(billing.bills().calculate(PARTNER, CYCLE)),
                LineSource.of(lines), ExportContext.defaults().withProgress(reported::add), out);
        // products 1 + Others 2 + residue + total; customers 2 + residue + total; 2 refunds and adjustments
        assertThat(rows).isEqualTo(1 + 4 + 2 + 2 + 2);
        assertThat(reported).containsExactly(rows);
    }

    @Test
    void openLines_writesTheDetailsAsOneEscapedTable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> reported = new ArrayList<>();
        LineWriter writer = Exporter.html().openLines(ExportContext.defaults().withProgress(reported::add)
                .withProgressInterval(2), out);
        writer.write(expenditure("O1", "C1", "PRD1", "10.00", "12.00").productName("<b>x</b>").build());
        writer.write(expenditure("O2", "C1", "PRD1", "3.00", "0").build());
        writer.write(refund("R1", "O1", "C1", "PRD1", "-2.00", "12.00").originalOrderId(OrderId.of("O1")).build());
        writer.finish();
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(writer.rowsWritten()).isEqualTo(3);
        assertThat(reported).containsExactly(2L, 3L);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("<th>Settlement Amount</th>",
                "&lt;b&gt;x&lt;/b&gt;", "<td class=\"num\">-1.76000000</td>", "3 lines.");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 3);
        assertThat(externalReferences(html)).isEmpty();
    }

    @Test
    void writeBill_neverClosesTheStream() throws Exception {
        PartnerBilling billing = billing(ReportMonths.negativeLines());
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Exporter.html().writeBill(BillDocument.of(billing.bills().calculate(PARTNER, CYCLE)), LineSource.none(),
                ExportContext.defaults(), out);
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("</html>\n");
    }
}
