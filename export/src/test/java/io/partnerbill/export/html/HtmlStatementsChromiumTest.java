package io.partnerbill.export.html;

import static io.partnerbill.export.testing.TestLines.MID_JANUARY;
import static io.partnerbill.export.testing.TestLines.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.StatementDocument;
import io.partnerbill.export.testing.HeadlessChromium;
import io.partnerbill.export.testing.ReportMonths;
import io.partnerbill.export.testing.StatementMonths;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders customer statements in a real headless Chromium, as {@link HtmlReportChromiumTest}
 * does the bill report: the screenshot is not blank, the DOM holds every customer's total and
 * statement number, the page refers to nothing outside itself, and printed it is one A4 page
 * per customer.
 */
class HtmlStatementsChromiumTest {

    private static Path chromium;

    @TempDir
    static Path dir;

    private static Path file;
    private static List<StatementDocument> docs;

    @BeforeAll
    static void findChromiumAndWriteTheStatements() throws IOException {
        chromium = HtmlReportChromiumTest.locateChromium(System.getenv());
        List<BillLine> more = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            more.add(expenditure("N" + i, "C1", "PRD-" + (10 + i), (120 + 37 * i) + ".40", "10.00")
                    .productName(ReportMonths.PRODUCTS.get(i)).product(ProductId.of("PRD-" + (10 + i)))
                    .transactionTime(MID_JANUARY.minusSeconds(86_400L * (i + 2))).build());
        }
        PartnerBilling billing = StatementMonths.billing(more);
        docs = StatementMonths.documents(billing);
        file = dir.resolve("statements.html");
        try (OutputStream out = Files.newOutputStream(file)) {
            Exporter.html().writeStatements(docs, ExportContext.defaults().withNames(StatementMonths.NAMES)
                    .withCalendar(billing.calendar()), out);
        }
        Path copy = Path.of("target", "html-report", "statements.html");
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // to look at
    }

    private static byte[] chromium(Path page, String... more) throws IOException, InterruptedException {
        return HeadlessChromium.run(chromium, dir, page, more);
    }

    @Test
    void screenshot_isNotBlank() throws Exception {
        BufferedImage image = HeadlessChromium.screenshotNotBlank(chromium, dir, file, "statements");

        assertThat(HeadlessChromium.luminance(image, 620, 90)).as("brightness of the first statement's masthead")
                .isLessThan(80);
    }

    @Test
    void dom_holdsEveryCustomersTotalAndStatementNumber() throws Exception {
        String dom = new String(chromium(file, "--dump-dom"), StandardCharsets.UTF_8);
        String text = HtmlReportChromiumTest.text(dom);

        assertThat(dom.split("<section class=\"sheet statement", -1)).hasSize(docs.size() + 1);
        for (StatementDocument doc : docs) {
            int start = dom.indexOf("data-customer=\"" + HtmlText.escape(doc.statement().customer().value()) + "\"");
            String page = HtmlReportChromiumTest.text(dom.substring(start, dom.indexOf("</section>", start)));
            assertThat(page).as("statement of %s", doc.statement().customer())
                    .contains("Statement " + (doc.issued().isPresent() ? doc.number() : "Draft"))
                    .contains("Total " + HtmlText.amount(doc.statement().total()));
        }
        assertThat(text).contains("Statement CS-2024-000001", "Statement Draft", "Statement CS-2024-000002",
                "Total 3,531.34", "Total 25.96", "Total -33.00", "Outstanding 3,511.34",
                StatementMonths.HOSTILE_CUSTOMER, StatementMonths.HOSTILE_PRODUCT);
        assertThat(dom.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img");
    }

    @Test
    void page_refersToNothingOutsideItself() throws Exception {
        assertThat(HtmlExporterTest.externalReferences(Files.readString(file))).isEmpty();
    }

    @Test
    void printed_isOneA4PagePerCustomer() throws Exception {
        Path pdf = Path.of("target", "html-report", "statements.pdf").toAbsolutePath();
        Files.createDirectories(pdf.getParent());
        Files.deleteIfExists(pdf);
        chromium(file, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);

        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher page = Pattern.compile("/Type\\s*/Page[^s]").matcher(raw);
        int pages = 0;
        while (page.find()) {
            pages++;
        }
        assertThat(pages).as("pages of the printed statements").isEqualTo(docs.size());
        // A4: 595 x 842 points
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*]").matcher(raw);
        int boxes = 0;
        while (box.find()) {
            boxes++;
            assertThat(Double.parseDouble(box.group(1))).as("page width, points").isCloseTo(595.3, within(1.0));
            assertThat(Double.parseDouble(box.group(2))).as("page height, points").isCloseTo(841.9, within(1.0));
        }
        assertThat(boxes).isEqualTo(pages);
    }
}
