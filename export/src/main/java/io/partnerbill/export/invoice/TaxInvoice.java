package io.partnerbill.export.invoice;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductBreakdown;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.tax.TaxComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The tax invoice of an issued partner bill (the operator to the partner) or of an issued
 * customer statement (the reseller to its customer), as the PDF and UBL writers render it.
 *
 * <p>The lines are the bill's by-product view: a line per product, one "Others (refunds and
 * adjustments)" line, and a "Rounding" line for the residue of rounding each line on its own, so
 * that the lines add up exactly to {@link #lineTotal()}. Then {@code amountDue = max(0, lineTotal
 * - coupons + taxTotal)}, the figure the bill shows. Each tax component keeps the name the tax
 * policy gave it (CGST, SGST, IGST, PPN, KDV, ...).
 *
 * <p>Where the issuer is in India the invoice also carries the amount due in words, the place of
 * supply (the state code of the recipient's GSTIN, else the recipient's region), a service code
 * (SAC) on each line and the reverse-charge flag.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TaxInvoice {

    static final String OTHERS = "Others (refunds and adjustments)";
    static final String ROUNDING = "Rounding";

    private final String number;
    private final LocalDate issueDate;
    private final BillCycle cycle;
    private final InvoiceParty issuer;
    private final InvoiceParty recipient;
    private final CurrencyUnit currency;
    private final List<InvoiceLine> lines;
    private final MonetaryAmount lineTotal;
    private final MonetaryAmount coupons;
    private final List<TaxComponent> taxes;
    private final MonetaryAmount taxTotal;
    private final MonetaryAmount amountDue;
    private final boolean india;

    private TaxInvoice(String number, LocalDate issueDate, BillCycle cycle, InvoiceParty issuer, InvoiceParty recipient,
            List<InvoiceLine> lines, MonetaryAmount lineTotal, MonetaryAmount coupons, List<TaxComponent> taxes,
            MonetaryAmount taxTotal, MonetaryAmount amountDue) {
        this.number = number;
        this.issueDate = issueDate;
        this.cycle = cycle;
        this.issuer = issuer;
        this.recipient = recipient;
        this.currency = lineTotal.getCurrency();
        this.lines = List.copyOf(lines);
        this.lineTotal = lineTotal;
        this.coupons = coupons;
        this.taxes = List.copyOf(taxes);
        this.taxTotal = taxTotal;
        this.amountDue = amountDue;
        this.india = issuer.country().equals("IN");
    }

    /**
     * The invoice of an issued partner bill: the operator issues it to the partner.
     *
     * @param issued the issued bill, not null
     * @param parties the operator and the partner, not null
     * @param zone the billing zone, whose date of the issue instant is the invoice date, not null
     * @return the invoice, not null
     * @throws io.partnerbill.core.UnknownEntityException if the operator or the partner has no party
     */
    public static TaxInvoice of(IssuedBill issued, InvoiceParties parties, ZoneId zone) {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(parties, "parties");
        MonthlyBill bill = issued.bill();
        InvoiceParty issuer = parties.operator();
        ProductBreakdown view = bill.byProduct();
        @Nullable String sac = issuer.country().equals("IN") ? parties.serviceCode() : null;
        List<InvoiceLine> lines = new ArrayList<>();
        for (ProductSummary row : view.rows()) {
            lines.add(new InvoiceLine(row.productName(), row.settlement(), Optional.ofNullable(sac)));
        }
        addIfNonZero(lines, OTHERS, view.othersTotal(), sac);
        addIfNonZero(lines, ROUNDING, view.residue(), sac);
        return new TaxInvoice(issued.invoiceNumber(), issued.issuedAt().atZone(zone).toLocalDate(), issued.cycle(),
                issuer, parties.partner(issued.partner()), lines, bill.netSettlement(), bill.couponsUsed(),
                bill.tax().components(), bill.tax().total(), bill.amountDue());
    }

    /**
     * The invoice of an issued customer statement: the reseller issues it to its customer.
     *
     * @param issued the issued statement, not null
     * @param parties the reseller (as a partner) and the customer, not null
     * @param zone the billing zone, whose date of the issue instant is the invoice date, not null
     * @return the invoice, not null
     * @throws io.partnerbill.core.UnknownEntityException if the reseller or the customer has no party
     */
    public static TaxInvoice of(IssuedStatement issued, InvoiceParties parties, ZoneId zone) {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(parties, "parties");
        CustomerStatement st = issued.statement();
        InvoiceParty issuer = parties.partner(st.reseller());
        @Nullable String sac = issuer.country().equals("IN") ? parties.serviceCode() : null;
        // As the bill's by-product view: expenditure by product (in product id order), the rest under Others.
        Map<String, Named> byProduct = new TreeMap<>();
        BigDecimal others = BigDecimal.ZERO;
        for (StatementLine line : st.lines()) {
            if (line.billType() == BillType.EXPENDITURE) {
                byProduct.merge(line.product().value(), new Named(line.line().productName(), line.customerDecimal()),
                        (a, b) -> new Named(a.name, a.amount.add(b.amount)));
            } else {
                others = others.add(line.customerDecimal());
            }
        }
        RoundingPolicy rounding = st.rounding();
        CurrencyUnit currency = st.currency();
        List<InvoiceLine> lines = new ArrayList<>();
        BigDecimal shown = BigDecimal.ZERO;
        for (Named product : byProduct.values()) {
            BigDecimal amount = rounding.round(product.amount, currency);
            shown = shown.add(amount);
            lines.add(new InvoiceLine(product.name, ExactMoney.monetary(amount, currency),
                    Optional.ofNullable(sac)));
        }
        BigDecimal othersRounded = rounding.round(others, currency);
        shown = shown.add(othersRounded);
        addIfNonZero(lines, OTHERS, ExactMoney.monetary(othersRounded, currency), sac);
        addIfNonZero(lines, ROUNDING,
                ExactMoney.monetary(ExactMoney.decimal(st.subtotal()).subtract(shown), currency), sac);
        return new TaxInvoice(issued.number(), issued.issuedAt().atZone(zone).toLocalDate(), st.cycle(), issuer,
                parties.customer(st.customer()), lines, st.subtotal(), ExactMoney.monetary(BigDecimal.ZERO, currency),
                st.tax().components(), st.tax().total(), st.amountDue());
    }

    /** A product's name and the exact sum of its lines. */
    private record Named(String name, BigDecimal amount) {
    }

    private static void addIfNonZero(List<InvoiceLine> lines, String description, MonetaryAmount amount,
            @Nullable String sac) {
        if (ExactMoney.decimal(amount).signum() != 0) {
            lines.add(new InvoiceLine(description, amount, Optional.ofNullable(sac)));
        }
    }

    /** @return the invoice number, not null */
    public String number() {
        return number;
    }

    /** @return the invoice date: the issue instant's date in the billing zone, not null */
    public LocalDate issueDate() {
        return issueDate;
    }

    /** @return the billing cycle, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the first day of the billing period, not null */
    public LocalDate periodStart() {
        return cycle.month().atDay(1);
    }

    /** @return the last day of the billing period (inclusive, as invoices state it), not null */
    public LocalDate periodEnd() {
        return cycle.month().atEndOfMonth();
    }

    /** @return who issues the invoice, not null */
    public InvoiceParty issuer() {
        return issuer;
    }

    /** @return who receives it, not null */
    public InvoiceParty recipient() {
        return recipient;
    }

    /** @return the currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** @return the lines, adding up exactly to {@link #lineTotal()}, not null */
    public List<InvoiceLine> lines() {
        return lines;
    }

    /** @return the net settlement (a statement's subtotal), before coupons and tax, not null */
    public MonetaryAmount lineTotal() {
        return lineTotal;
    }

    /** @return the cash coupons used, a means of payment (zero on a statement), not null */
    public MonetaryAmount coupons() {
        return coupons;
    }

    /** @return the tax components, each with its local name, rate, base and amount, not null */
    public List<TaxComponent> taxes() {
        return taxes;
    }

    /** @return the sum of the tax components, not null */
    public MonetaryAmount taxTotal() {
        return taxTotal;
    }

    /** @return the amount due, as the bill states it, not null */
    public MonetaryAmount amountDue() {
        return amountDue;
    }

    /** @return the amount due in words where the issuer's jurisdiction expects it (India), not null */
    public Optional<String> amountDueInWords() {
        return india ? Optional.of(AmountInWords.indian(ExactMoney.decimal(amountDue), currency)) : Optional.empty();
    }

    /**
     * Returns India's place of supply: the state code of the recipient's GSTIN (its first two
     * digits), with the recipient's region when it has one; else the region alone.
     *
     * @return the place of supply where the issuer is in India, else empty, not null
     */
    public Optional<String> placeOfSupply() {
        if (!india) {
            return Optional.empty();
        }
        Optional<String> state = recipient.taxId().filter(id -> id.length() >= 2 && Character.isDigit(id.charAt(0))
                && Character.isDigit(id.charAt(1))).map(id -> id.substring(0, 2));
        if (state.isPresent()) {
            return Optional.of(state.get() + recipient.region().map(r -> " (" + r + ")").orElse(""));
        }
        return recipient.region().or(() -> Optional.of(recipient.country()));
    }

    /** @return whether tax is payable by the recipient under reverse charge: a component is zero for that reason */
    public boolean reverseCharge() {
        return taxes.stream().anyMatch(t -> t.zeroRatingReason()
                .filter(r -> r.toLowerCase(Locale.ROOT).contains("reverse charge")).isPresent());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TaxInvoice o && o.number.equals(number) && o.issueDate.equals(issueDate)
                && o.cycle.equals(cycle) && o.issuer.equals(issuer) && o.recipient.equals(recipient)
                && o.lines.equals(lines) && ExactMoney.same(o.lineTotal, lineTotal) && ExactMoney.same(o.coupons, coupons)
                && o.taxes.equals(taxes) && ExactMoney.same(o.amountDue, amountDue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, issueDate, cycle, issuer, recipient);
    }

    @Override
    public String toString() {
        return "TaxInvoice[" + number + " " + issueDate + " " + cycle + " '" + issuer.name() + "' to '"
                + recipient.name() + "', due " + ExactMoney.format(amountDue) + "]";
    }
}
