package io.partnerbill.export.ubl;

import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.invoice.InvoiceLine;
import io.partnerbill.export.invoice.InvoiceParty;
import io.partnerbill.export.invoice.TaxInvoice;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.money.MonetaryAmount;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link TaxInvoice} as a UBL 2.1 Invoice with the EN 16931 core fields, valid
 * against the OASIS UBL 2.1 schema.
 *
 * <p>{@code LegalMonetaryTotal}: LineExtensionAmount and TaxExclusiveAmount are the net
 * settlement (the lines add up to it), TaxInclusiveAmount adds the tax, PrepaidAmount is the cash
 * coupons (a means of payment, not a discount: the tax base is before them) and PayableAmount is
 * the bill's amount due. {@code TaxTotal} has a TaxSubtotal per tax component; each
 * TaxCategory is named after the component (CGST, SGST, PPN, ...) under the VAT scheme, with the
 * EN 16931 category code: S charged, AE reverse charge, G export, Z other zero rating, O no tax.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UblInvoiceWriter {

    private static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017";
    private static final String COMMERCIAL_INVOICE = "380";

    private UblInvoiceWriter() {
    }

    /** @return the writer, not null */
    public static UblInvoiceWriter of() {
        return new UblInvoiceWriter();
    }

    /**
     * Writes the invoice as UTF-8 XML; the stream is left open.
     *
     * @param invoice the invoice, not null
     * @param out where the XML goes, not null
     * @throws IOException if the stream fails
     */
    public void write(TaxInvoice invoice, OutputStream out) throws IOException {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(out, "out");
        try {
            UblXml x = new UblXml(out);
            write(invoice, x);
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the UBL invoice '" + invoice.number() + "'", e);
        }
    }

    private static void write(TaxInvoice inv, UblXml x) throws XMLStreamException {
        String currency = inv.currency().getCurrencyCode();
        x.value("CustomizationID", CUSTOMIZATION);
        x.value("ID", inv.number());
        x.value("IssueDate", inv.issueDate().toString());
        x.value("InvoiceTypeCode", COMMERCIAL_INVOICE);
        if (inv.placeOfSupply().isPresent()) {
            x.value("Note", "Place of supply: " + inv.placeOfSupply().get());
            x.value("Note", "Tax payable on reverse charge: " + (inv.reverseCharge() ? "Yes" : "No"));
        }
        if (inv.amountDueInWords().isPresent()) {
            x.value("Note", "Amount due in words: " + inv.amountDueInWords().get());
        }
        x.value("DocumentCurrencyCode", currency);
        x.open("InvoicePeriod");
        x.value("StartDate", inv.periodStart().toString());
        x.value("EndDate", inv.periodEnd().toString());
        x.close();
        party(x, "AccountingSupplierParty", inv.issuer());
        party(x, "AccountingCustomerParty", inv.recipient());

        x.open("TaxTotal");
        amount(x, "TaxAmount", inv.taxTotal());
        if (inv.taxes().isEmpty()) {
            x.open("TaxSubtotal");
            amount(x, "TaxableAmount", inv.lineTotal());
            amount(x, "TaxAmount", inv.taxTotal());
            category(x, "O", null, "Not subject to tax", null);
            x.close();
        }
        for (TaxComponent tax : inv.taxes()) {
            x.open("TaxSubtotal");
            amount(x, "TaxableAmount", tax.base());
            amount(x, "TaxAmount", tax.amount());
            category(x, categoryCode(tax), tax.ratePercent(), tax.name(), tax.zeroRatingReason().orElse(null));
            x.close();
        }
        x.close();

        x.open("LegalMonetaryTotal");
        amount(x, "LineExtensionAmount", inv.lineTotal());
        amount(x, "TaxExclusiveAmount", inv.lineTotal());
        amount(x, "TaxInclusiveAmount", inv.lineTotal().add(inv.taxTotal()));
        amount(x, "PrepaidAmount", inv.coupons());
        amount(x, "PayableAmount", inv.amountDue());
        x.close();

        List<InvoiceLine> lines = inv.lines();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            x.open("InvoiceLine");
            x.value("ID", Integer.toString(i + 1));
            x.value("InvoicedQuantity", "unitCode", "C62", "1");
            amount(x, "LineExtensionAmount", line.amount());
            x.open("Item");
            x.value("Name", line.description());
            if (line.serviceCode().isPresent()) {
                x.open("CommodityClassification");
                x.value("ItemClassificationCode", "listID", "SAC", line.serviceCode().get());
                x.close();
            }
            lineCategory(x, inv.taxes());
            x.close();
            x.open("Price");
            amount(x, "PriceAmount", line.amount());
            x.close();
            x.close();
        }
    }

    private static void party(UblXml x, String role, InvoiceParty party) throws XMLStreamException {
        x.open(role);
        x.open("Party");
        x.open("PartyName");
        x.value("Name", party.name());
        x.close();
        x.open("PostalAddress");
        if (party.region().isPresent()) {
            x.value("CountrySubentity", party.region().get());
        }
        for (String line : party.address()) {
            x.open("AddressLine");
            x.value("Line", line);
            x.close();
        }
        x.open("Country");
        x.value("IdentificationCode", party.country());
        x.close();
        x.close();
        if (party.taxId().isPresent()) {
            x.open("PartyTaxScheme");
            x.value("CompanyID", party.taxId().get());
            x.open("TaxScheme");
            x.value("ID", "VAT");
            x.close();
            x.close();
        }
        x.open("PartyLegalEntity");
        x.value("RegistrationName", party.name());
        x.close();
        x.close();
        x.close();
    }

    private static void category(UblXml x, String code, @Nullable BigDecimal percent, String name, @Nullable String reason)
            throws XMLStreamException {
        x.open("TaxCategory");
        x.value("ID", code);
        x.value("Name", name);
        if (percent != null) {
            x.value("Percent", percent.stripTrailingZeros().toPlainString());
        }
        if (reason != null) {
            x.value("TaxExemptionReason", reason);
        }
        x.open("TaxScheme");
        x.value("ID", "VAT");
        x.close();
        x.close();
    }

    /** A line's category: the components' code, at their summed rate (CGST 9 % + SGST 9 % = 18 %). */
    private static void lineCategory(UblXml x, List<TaxComponent> taxes) throws XMLStreamException {
        x.open("ClassifiedTaxCategory");
        if (taxes.isEmpty()) {
            x.value("ID", "O");
        } else {
            BigDecimal rate = taxes.stream().map(TaxComponent::ratePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
            x.value("ID", categoryCode(taxes.get(0)));
            x.value("Percent", rate.stripTrailingZeros().toPlainString());
        }
        x.open("TaxScheme");
        x.value("ID", "VAT");
        x.close();
        x.close();
    }

    static String categoryCode(TaxComponent tax) {
        if (tax.zeroRatingReason().isEmpty()) {
            return tax.ratePercent().signum() == 0 ? "Z" : "S";
        }
        String reason = tax.zeroRatingReason().get().toLowerCase(Locale.ROOT);
        if (reason.contains("reverse charge")) {
            return "AE";
        }
        return reason.contains("export") ? "G" : "Z";
    }

    private static void amount(UblXml x, String name, MonetaryAmount amount) throws XMLStreamException {
        x.value(name, "currencyID", amount.getCurrency().getCurrencyCode(),
                ExactMoney.atCurrencyScale(amount).toPlainString());
    }
}
