package io.partnerbill.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.export.invoice.TaxInvoice;
import io.partnerbill.export.testing.InvoiceMonths;
import io.partnerbill.export.testing.TestLines;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfInvoiceWriterTest {

    private static final PdfFonts FONTS = fonts();

    /** The bundled fonts and, for CJK, the test-only Droid Sans Fallback (Apache-2.0). */
    public static PdfFonts fonts() {
        try {
            return PdfFonts.bundled().withFallback(Path.of(PdfInvoiceWriterTest.class.getResource("/fonts/DroidSansFallback.ttf").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] pdf(TaxInvoice invoice) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfInvoiceWriter.of(FONTS).write(invoice, out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // In reading order: a line's SAC and amount are drawn before its wrapped description.
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }



    @Test
    void write_theExtractedTextCarriesEveryRequiredFieldAndTheBillsAmounts() throws IOException {
        PartnerBilling billing = InvoiceMonths.billing();
        IssuedBill bill = InvoiceMonths.issue(billing);
        TaxInvoice invoice = TaxInvoice.of(bill, InvoiceMonths.parties("Karnataka Cloud Partners"), BillingCalendar.BEIJING);

        String text = text(pdf(invoice));

        assertThat(text).contains("TAX INVOICE", "Invoice number: " + bill.invoiceNumber(), "Invoice date: 2024-02-05",
                "Billing period: 2024-01-01 to 2024-01-31", "Place of supply: 29 (Karnataka)",
                "Tax payable on reverse charge: No",
                "Cloud Operator India Pvt Ltd", "1 MG Road", "Bengaluru 560001", "GSTIN: " + InvoiceMonths.OPERATOR_GSTIN,
                "Karnataka Cloud Partners", "22 Residency Road", "GSTIN: " + InvoiceMonths.PARTNER_GSTIN);
        // Lines by product, Others and the rounding residue, each with its SAC; figures as worked out in InvoiceMonths.
        assertThat(text).contains("Product PRD1 998315 880.00", "Product PRD2 998315 300.00", "Product PRD3 998315 0.01",
                "Others (refunds and adjustments) 998315 -83.00", "Rounding 998315 -0.01");
        // The totals are the bill's own figures.
        assertThat(text).contains("Net settlement " + InvoiceMonths.plain(bill.bill().netSettlement()),
                "Cash coupons (a means of payment) -" + InvoiceMonths.plain(bill.bill().couponsUsed()),
                "CGST 9% of 1097.00 98.73", "SGST 9% of 1097.00 98.73",
                "Total tax " + InvoiceMonths.plain(bill.bill().tax().total()),
                "Amount due (USD) " + InvoiceMonths.plain(bill.amountDue()),
                "Amount due in words: USD One Thousand One Hundred Ninety-Four and Forty-Six Cents Only");
        assertThat(InvoiceMonths.plain(bill.amountDue())).isEqualTo("1194.46");
    }

    @Test
    void write_statementInvoice_cjkRecipientExtractsAsGiven() throws IOException {
        PartnerBilling billing = InvoiceMonths.billing();
        InvoiceMonths.issue(billing);
        IssuedStatement statement = billing.statements().issued(InvoiceMonths.C1, TestLines.CYCLE).orElseThrow();
        TaxInvoice invoice = TaxInvoice.of(statement, InvoiceMonths.parties("Karnataka Cloud Partners"),
                BillingCalendar.BEIJING);

        String text = text(pdf(invoice));

        assertThat(text).contains(InvoiceMonths.CJK, "Invoice number: " + statement.number(), "Product PRD1 998315 1100.00",
                "Amount due (USD) 1607.34", "Place of supply: JP");
    }

    @ParameterizedTest
    @ValueSource(strings = {InvoiceMonths.CJK, "<script>alert('x')</script> & \"Co\"", "=SUM(A1:A9)", "+cmd|' /C calc'!A0",
        "@risk", "北京 & <b>बेंगलुरु</b>"})
    void write_hostileAndForeignNamesAreText(String name) throws IOException {
        String text = text(pdf(InvoiceMonths.billInvoice(name)));

        assertThat(text).contains(name);
    }

    @Test
    void write_aNewlineInANameIsShownAsASpace() throws IOException {
        String text = text(pdf(InvoiceMonths.billInvoice(InvoiceMonths.HOSTILE)));

        assertThat(text).contains(InvoiceMonths.HOSTILE.replace('\n', ' '));
    }

    @ParameterizedTest
    @ValueSource(strings = {"कर्नाटक", "भारत", "नमस्ते", "दिल्ली", InvoiceMonths.DEVANAGARI})
    void write_devanagariNamesExtractAsGiven(String name) throws IOException {
        String text = text(pdf(InvoiceMonths.billInvoice(name)));

        assertThat(text).contains(name);
    }

    @Test
    void write_embedsEveryFont() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(InvoiceMonths.billInvoice(InvoiceMonths.CJK + " " + InvoiceMonths.DEVANAGARI)))) {
            int fonts = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            // Noto Sans, Noto Sans Devanagari and the CJK fallback.
            assertThat(fonts).isEqualTo(3);
        }
    }

    @Test
    void write_thePageRendersNotBlank() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(InvoiceMonths.billInvoice("Karnataka Cloud Partners")))) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 50);
            long dark = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128) {
                        dark++;
                    }
                }
            }
            // A page of text: thousands of dark pixels out of ~230,000, far from blank or from all black.
            assertThat(dark).isBetween(2_000L, (long) page.getWidth() * page.getHeight() / 4);
        }
    }

    /** Two writes of an invoice built twice, 1.1 s apart: a date or a time-based file id would differ (docs/reliability.md). */
    @Test
    void write_theSameInvoiceGivesTheSameBytes() throws IOException, InterruptedException {
        TaxInvoice invoice = InvoiceMonths.billInvoice(InvoiceMonths.CJK);
        byte[] first = pdf(invoice);
        Thread.sleep(1100); // past a second: a timestamp in the file would show
        byte[] second = pdf(InvoiceMonths.billInvoice(InvoiceMonths.CJK));

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("CreationDate", "ModDate");
    }

    @Test
    void write_aLongInvoiceBreaksOntoMorePages() throws IOException {
        String longName = "Partner ".repeat(30).strip();
        try (PDDocument doc = Loader.loadPDF(pdf(InvoiceMonths.billInvoice(longName)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(longName);
        }
    }
}
