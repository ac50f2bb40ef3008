package io.partnerbill.export.pdf;

import io.partnerbill.core.AmountFormat;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.invoice.InvoiceLine;
import io.partnerbill.export.invoice.InvoiceParty;
import io.partnerbill.export.invoice.TaxInvoice;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a {@link TaxInvoice} as an A4 PDF with its fonts embedded (subsets).
 *
 * <p>The bytes depend on the invoice and the fonts only: the document has no creation or
 * modification date, no producer, and its file identifier is a digest of the invoice, so the
 * same invoice gives the same bytes from any store, on any day.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PdfInvoiceWriter {

    private static final float SIZE = 9.5f;
    private static final float LEADING = 13;
    private static final float AMOUNT_X = PdfCanvas.RIGHT;
    private static final float SAC_X = 400;

    private final PdfFonts fonts;

    private PdfInvoiceWriter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Obtains a writer with the bundled fonts (Latin and Devanagari; no CJK).
     *
     * @return the writer, not null
     */
    public static PdfInvoiceWriter of() {
        return new PdfInvoiceWriter(PdfFonts.bundled());
    }

    /**
     * Obtains a writer with the given fonts.
     *
     * @param fonts the fonts, not null
     * @return the writer, not null
     */
    public static PdfInvoiceWriter of(PdfFonts fonts) {
        return new PdfInvoiceWriter(Objects.requireNonNull(fonts, "fonts"));
    }

    /**
     * Writes the invoice; the stream is left open.
     *
     * @param invoice the invoice, not null
     * @param out where the PDF goes, not null
     * @throws IOException if the stream fails
     */
    public void write(TaxInvoice invoice, OutputStream out) throws IOException {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(out, "out");
        try (PDDocument doc = new PDDocument()) {
            PdfCanvas canvas = new PdfCanvas(doc, fonts);
            try {
                try (canvas) {
                    draw(invoice, canvas);
                }
                doc.getDocumentInformation().setTitle("Tax invoice " + invoice.number());
                byte[] id = fileId(invoice);
                COSArray ids = new COSArray();
                ids.add(new COSString(id));
                ids.add(new COSString(id));
                doc.getDocument().getTrailer().setItem(COSName.ID, ids);
                doc.save(out);
            } finally {
                canvas.release();
            }
        }
    }

    private static void draw(TaxInvoice inv, PdfCanvas c) throws IOException {
        String currency = inv.currency().getCurrencyCode();
        c.text("TAX INVOICE", PdfCanvas.LEFT, 16);
        c.down(LEADING * 2);
        c.text("Invoice number: " + inv.number(), PdfCanvas.LEFT, SIZE);
        c.down(LEADING);
        c.text("Invoice date: " + inv.issueDate(), PdfCanvas.LEFT, SIZE);
        c.down(LEADING);
        c.text("Billing period: " + inv.periodStart() + " to " + inv.periodEnd(), PdfCanvas.LEFT, SIZE);
        c.down(LEADING);
        if (inv.placeOfSupply().isPresent()) {
            c.text("Place of supply: " + inv.placeOfSupply().get(), PdfCanvas.LEFT, SIZE);
            c.down(LEADING);
            c.text("Tax payable on reverse charge: " + (inv.reverseCharge() ? "Yes" : "No"), PdfCanvas.LEFT, SIZE);
            c.down(LEADING);
        } else if (inv.reverseCharge()) {
            c.text("Reverse charge: the recipient accounts for the tax", PdfCanvas.LEFT, SIZE);
            c.down(LEADING);
        }
        c.down(LEADING);
        party(c, "Issuer", inv.issuer());
        party(c, "Recipient", inv.recipient());

        c.text("Description", PdfCanvas.LEFT, SIZE);
        boolean sac = inv.lines().stream().anyMatch(l -> l.serviceCode().isPresent());
        if (sac) {
            c.text("SAC", SAC_X, SIZE);
        }
        c.textRight("Amount (" + currency + ")", AMOUNT_X, SIZE);
        c.rule();
        for (InvoiceLine line : inv.lines()) {
            c.down(LEADING);
            if (line.serviceCode().isPresent()) {
                c.text(line.serviceCode().get(), SAC_X, SIZE);
            }
            c.textRight(amount(line.amount()), AMOUNT_X, SIZE);
            c.wrapped(line.description(), PdfCanvas.LEFT, SAC_X - PdfCanvas.LEFT - 10, SIZE, LEADING);
        }
        c.rule();
        c.down(LEADING * 1.5f);
        total(c, "Net settlement", inv.lineTotal());
        if (ExactMoney.decimal(inv.coupons()).signum() != 0) {
            total(c, "Cash coupons (a means of payment)", inv.coupons().negate());
        }
        for (TaxComponent tax : inv.taxes()) {
            total(c, tax.name() + " " + tax.ratePercent().stripTrailingZeros().toPlainString() + "% of "
                    + amount(tax.base()) + tax.zeroRatingReason().map(r -> " (" + r + ")").orElse(""), tax.amount());
        }
        total(c, "Total tax", inv.taxTotal());
        c.down(LEADING * 0.5f);
        total(c, "Amount due (" + currency + ")", inv.amountDue());
        if (inv.amountDueInWords().isPresent()) {
            c.wrapped("Amount due in words: " + inv.amountDueInWords().get(), PdfCanvas.LEFT,
                    PdfCanvas.RIGHT - PdfCanvas.LEFT, SIZE, LEADING);
            c.down(LEADING);
        }
    }

    private static void party(PdfCanvas c, String role, InvoiceParty party) throws IOException {
        c.text(role + ":", PdfCanvas.LEFT, SIZE);
        c.down(LEADING);
        c.wrapped(party.name(), PdfCanvas.LEFT + 10, PdfCanvas.RIGHT - PdfCanvas.LEFT - 10, SIZE, LEADING);
        for (String line : party.address()) {
            c.down(LEADING);
            c.wrapped(line, PdfCanvas.LEFT + 10, PdfCanvas.RIGHT - PdfCanvas.LEFT - 10, SIZE, LEADING);
        }
        c.down(LEADING);
        c.text(party.region().map(r -> r + ", ").orElse("") + party.country(), PdfCanvas.LEFT + 10, SIZE);
        if (party.taxId().isPresent()) {
            c.down(LEADING);
            c.text((party.country().equals("IN") ? "GSTIN: " : "VAT ID: ") + party.taxId().get(), PdfCanvas.LEFT + 10,
                    SIZE);
        }
        c.down(LEADING * 2);
    }

    private static void total(PdfCanvas c, String label, MonetaryAmount amount) throws IOException {
        c.textRight(amount(amount), AMOUNT_X, SIZE);
        c.wrapped(label, PdfCanvas.LEFT, SAC_X - PdfCanvas.LEFT - 10, SIZE, LEADING);
        c.down(LEADING);
    }

    private static final AmountFormat AMOUNT = AmountFormat.canonical().withoutCurrency();

    /** The figure as the bill shows it: at least the currency's digits, never fewer than it has. */
    static String amount(MonetaryAmount amount) {
        return AMOUNT.format(amount);
    }

    /** A digest of the invoice's text, so that the identifier is the same wherever the invoice is written. */
    private static byte[] fileId(TaxInvoice invoice) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] digest = md.digest((invoice.number() + "\n" + invoice.issuer().name() + "\n" + invoice.recipient().name()
                    + "\n" + invoice.issueDate() + "\n" + ExactMoney.format(invoice.amountDue()))
                    .getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
