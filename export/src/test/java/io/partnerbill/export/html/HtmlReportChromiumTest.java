package io.partnerbill.export.html;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineSource;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.export.testing.HeadlessChromium;
import io.partnerbill.export.testing.ReportMonths;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in a real headless Chromium (Debian {@code chromium}; another binary
 * through {@code PARTNERBILL_CHROMIUM}): the screenshot is not blank, the DOM holds the amount
 * due and every product, and the page makes no network request. Without Chromium the tests
 * are skipped, except under {@code CI=true}, where they fail.
 */
class HtmlReportChromiumTest {

    /** A product name that would run a script if the report did not escape it. */
    static final String HOSTILE_PRODUCT = "<script>alert('pwned')</script> & \"Co\"";

    private static Path chromium;

    @TempDir
    static Path dir;

    private static Path report;
    private static MonthlyBill bill;

    /**
     * Returns the Chromium to run: {@code PARTNERBILL_CHROMIUM}, else {@code /usr/bin/chromium}.
     * When it is not there, aborts the calling test (skipped), or fails it when {@code CI} is
     * {@code true}.
     */
    static Path locateChromium(Map<String, String> env) {
        String configured = env.get("PARTNERBILL_CHROMIUM");
        Path candidate = Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
        if (!Files.isExecutable(candidate)) {
            String message = "Chromium not found at " + candidate + ": install Debian's chromium "
                    + "(apt-get install -y chromium) or set PARTNERBILL_CHROMIUM";
            if ("true".equalsIgnoreCase(env.get("CI"))) {
                fail(message + " (CI=true: the HTML report must be checked in a real browser)");
            }
            assumeTrue(false, message + "; skipping the browser checks of the HTML report");
        }
        return candidate;
    }

    @BeforeAll
    static void findChromiumAndWriteTheReport() throws IOException {
        chromium = locateChromium(System.getenv());
        PartnerBilling billing = ReportMonths.sampleBilling(1500);
        billing.lines().append(ReportMonths.line(BillType.EXPENDITURE, "H1", "C05", 11, "42.00", "0.00",
                CYCLE.month().atDay(17), 9).productName(HOSTILE_PRODUCT)
                .product(io.partnerbill.core.ProductId.of("PRD-13")).build());
        bill = ReportMonths.sampleBill(billing);
        report = dir.resolve("report.html");
        try (OutputStream out = Files.newOutputStream(report)) {
            Exporter.html().writeBill(BillDocument.of(bill), LineSource.of(billing.lines(), PARTNER, CYCLE),
                    ExportContext.defaults().withNames(ReportMonths.NAMES), out);
        }
    }

    private static byte[] chromium(Path page, String... more) throws IOException, InterruptedException {
        return HeadlessChromium.run(chromium, dir, page, more);
    }

    @Test
    void screenshot_isNotBlank() throws Exception {
        BufferedImage image = HeadlessChromium.screenshotNotBlank(chromium, dir, report, "report");

        assertThat(image.getHeight()).isEqualTo(1754);
        // The masthead is dark navy across the top of the sheet.
        assertThat(HeadlessChromium.luminance(image, 620, 90)).as("brightness of the masthead").isLessThan(80);
    }

    @Test
    void dom_holdsTheAmountDueAndEveryProduct() throws Exception {
        String dom = new String(chromium(report, "--dump-dom"), StandardCharsets.UTF_8);
        String text = text(dom);

        DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String due = grouped.format(ExactMoney.decimal(bill.amountDue()));
        assertThat(ExactMoney.decimal(bill.amountDue())).isGreaterThan(BigDecimal.valueOf(1000));
        assertThat(text).contains("Amount due", "USD " + due);
        assertThat(bill.byProduct().rows()).hasSize(13);
        for (ProductSummary product : bill.byProduct().rows()) {
            assertThat(text).as("product %s", product.product()).contains(product.productName());
        }
        assertThat(text).contains(HOSTILE_PRODUCT, "Others: Refunds", "CGST", "SGST");
        // The hostile name is text: the page has no script element at all.
        assertThat(dom.toLowerCase(Locale.ROOT)).doesNotContain("<script");
    }

    @Test
    void page_makesNoNetworkRequest() throws Exception {
        String html = Files.readString(report);
        assertThat(HtmlExporterTest.externalReferences(html)).isEmpty();

        Set<String> requested = pageRequests(report);
        assertThat(requested).as("URLs the report page requested").isEmpty();
    }

    @Test
    void page_makesNoNetworkRequest_theCheckSeesThemWhenThereAre() throws Exception {
        Path control = dir.resolve("control.html");
        Files.writeString(control, "<!DOCTYPE html><html><head><style>body{background:url(http://bg.example.invalid/b.png)}"
                + "</style></head><body><p>control</p><img src=\"http://img.example.invalid/probe.png\"></body></html>");
        assertThat(HtmlExporterTest.externalReferences(Files.readString(control))).hasSize(2);

        assertThat(pageRequests(control)).contains("http://img.example.invalid/probe.png",
                "http://bg.example.invalid/b.png");
    }

    /**
     * Loads a page with every host name unresolvable and a net log, and returns the URLs of the
     * requests the page made. The browser's own background requests (network time, component
     * updates, account checks), which a fresh profile makes whatever page it shows, have the
     * initiator "not an origin" and are left out; a request of a file:// page has the initiator
     * "null", and the file itself is not a network request.
     */
    private static Set<String> pageRequests(Path page) throws Exception {
        Path netLog = Files.createTempFile(dir, "netlog", ".json");
        chromium(page, "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=" + netLog, "--dump-dom");
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        JsonNode eventTypes = log.path("constants").path("logEventTypes");
        int startJob = eventTypes.path("URL_REQUEST_START_JOB").asInt(-1);
        assertThat(startJob).as("the net log's URL_REQUEST_START_JOB constant").isPositive();
        Set<String> all = new TreeSet<>();
        Set<String> browsers = new TreeSet<>();
        for (JsonNode event : log.path("events")) {
            JsonNode url = event.path("params").path("url");
            if (!url.isTextual()) {
                continue;
            }
            all.add(url.asText());
            if (event.path("type").asInt() == startJob
                    && "not an origin".equals(event.path("params").path("initiator").asText())) {
                browsers.add(url.asText());
            }
        }
        all.removeAll(browsers);
        all.remove(page.toUri().toString());
        return all;
    }

    /** The text of a serialized DOM: tags removed, the entities the serializer writes decoded. */
    static String text(String dom) {
        return dom.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'").replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }
}
