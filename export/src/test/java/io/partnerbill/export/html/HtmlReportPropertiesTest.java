package io.partnerbill.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineSource;
import io.partnerbill.testkit.BillingArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The HTML report of any month, hostile texts included, is made of its own markup only. */
class HtmlReportPropertiesTest {

    private static final Set<String> OWN_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "main",
            "header", "footer", "nav", "a", "section", "div", "span", "b", "p", "h1", "h2", "h3", "figure",
            "figcaption", "table", "thead", "tbody", "tr", "th", "td", "svg", "g", "rect", "text", "line",
            "polygon", "polyline", "circle");
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)");

    @Provide
    Arbitrary<List<BillLine>> hostileMonths() {
        return BillingArbitraries.months().hostileText().arbitrary();
    }

    @Property(tries = 60)
    void report_hasOnlyItsOwnTagsNoReferenceAndEveryProduct(@ForAll("hostileMonths") List<BillLine> lines)
            throws IOException {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
        billing.lines().appendAll(lines);
        PartnerId partner = PartnerId.of("P-TEST");
        BillCycle cycle = BillCycle.of(2024, 1);
        MonthlyBill bill = billing.bills().calculate(partner, cycle);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.html().writeBill(BillDocument.of(bill), LineSource.of(lines), ExportContext.defaults(), out);
        String html = out.toString(StandardCharsets.UTF_8);

        Set<String> tags = new TreeSet<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            tags.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(OWN_TAGS).containsAll(tags);
        assertThat(HtmlExporterTest.externalReferences(html)).isEmpty();
        assertThat(html).endsWith("</html>\n").doesNotContain("NaN", "Infinity");
        assertThat(html).contains("<span class=\"ccy\">USD</span> " + HtmlText.amount(bill.amountDue()) + "</div>");
        for (ProductSummary p : bill.byProduct().rows()) {
            assertThat(html).contains("<span class=\"name\">" + HtmlText.escape(p.productName()) + "</span>");
        }
    }
}
