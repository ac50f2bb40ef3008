package io.partnerbill.core.bill;

import io.partnerbill.core.Issuer;
import io.partnerbill.core.PartnerId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Numbers invoices per issuer: the operator's entity numbers every partner's bill in one series,
 * each reseller numbers its customers' statements in a series of its own, so no two invoices of
 * one issuer share a number however many partners issue at once.
 *
 * <p>The facade takes each number from the store's counter of the issuer and series
 * ({@code BillingStore.invoiceCounters()}) in the issuing transaction: a failed issue gives its
 * number back, and the numbers of a series run 1, 2, 3, ... without gaps.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvoiceNumbering {

    private final InvoiceSeries operator;
    private final InvoiceSeries resellers;
    private final Map<PartnerId, InvoiceSeries> perReseller;

    private InvoiceNumbering(InvoiceSeries operator, InvoiceSeries resellers, Map<PartnerId, InvoiceSeries> perReseller) {
        this.operator = operator;
        this.resellers = resellers;
        this.perReseller = Map.copyOf(perReseller);
    }

    /**
     * Numbers per issuer: the operator's bills in {@code operator}, each reseller's statements in
     * {@code resellers} (counted per reseller, so two resellers may share its prefix).
     *
     * @param operator the series of partners' bills, not null
     * @param resellers the series of customers' statements, for every reseller not given its own, not null
     * @return the numbering, not null
     */
    public static InvoiceNumbering perIssuer(InvoiceSeries operator, InvoiceSeries resellers) {
        return new InvoiceNumbering(Objects.requireNonNull(operator, "operator"),
                Objects.requireNonNull(resellers, "resellers"), Map.of());
    }

    /**
     * Returns this numbering with a series of the reseller's own, such as its prefix.
     *
     * @param reseller the reseller, not null
     * @param series the series of its customers' statements, not null
     * @return the numbering, not null
     */
    public InvoiceNumbering withReseller(PartnerId reseller, InvoiceSeries series) {
        Map<PartnerId, InvoiceSeries> copy = new HashMap<>(perReseller);
        copy.put(Objects.requireNonNull(reseller, "reseller"), Objects.requireNonNull(series, "series"));
        return new InvoiceNumbering(operator, resellers, copy);
    }

    /**
     * Returns the series an issuer numbers in.
     *
     * @param issuer the issuer, not null
     * @return the series, not null
     */
    public InvoiceSeries seriesOf(Issuer issuer) {
        Objects.requireNonNull(issuer, "issuer");
        return issuer.reseller().map(r -> perReseller.getOrDefault(r, resellers)).orElse(operator);
    }

    @Override
    public String toString() {
        return "InvoiceNumbering[operator=" + operator + ", resellers=" + resellers + ", own=" + perReseller + "]";
    }
}
