package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * A partner's bill for one cycle, as computed by {@link MonthlyBillCalculator}.
 *
 * <p>{@code amountDue = max(0, netSettlement - couponsUsed + tax)}, where the net settlement is
 * expenditures + refunds + adjustments (refunds and adjustments are negative or either sign),
 * summed exactly over the lines and then rounded once by the bill's {@link RoundingPolicy}
 * (HALF_UP to the currency by default). {@link #roundingResidue()} shows that rounding step.
 * Coupons are used up to the net settlement, never beyond; tax is charged on the net
 * settlement before coupons, and is zero when the net is zero or negative. When refunds
 * exceed expenditures the net is negative, the amount due is 0 and {@link #credit()} reports
 * the surplus.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthlyBill {

    private final Totals totals;
    private final RoundingPolicy rounding;
    private final MonetaryAmount couponsUsed;
    private final TaxBreakdown tax;

    MonthlyBill(Totals totals, RoundingPolicy rounding, MonetaryAmount couponsUsed, TaxBreakdown tax) {
        this.totals = totals;
        this.rounding = rounding;
        this.couponsUsed = couponsUsed;
        this.tax = tax;
    }

    private MonetaryAmount rounded(BigDecimal exact) {
        return ExactMoney.monetary(rounding.round(exact, totals.currency()), totals.currency());
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return totals.partner();
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return totals.cycle();
    }

    /** @return the bill's currency, not null */
    public CurrencyUnit currency() {
        return totals.currency();
    }

    /** @return how the bill's totals are rounded, not null */
    public RoundingPolicy rounding() {
        return rounding;
    }

    /** @return how many lines the bill sums */
    public long lineCount() {
        return totals.lineCount();
    }

    /** @return the settlement of the expenditure lines, rounded, not null */
    public MonetaryAmount expenditures() {
        return rounded(totals.expenditures().settlement());
    }

    /** @return the settlement of the refund lines (zero or negative), rounded, not null */
    public MonetaryAmount refunds() {
        return rounded(totals.refunds().settlement());
    }

    /** @return the settlement of the adjustment lines, rounded, not null */
    public MonetaryAmount adjustments() {
        return rounded(totals.adjustments().settlement());
    }

    /** @return the customers' list expenditure over all lines (before discounts), rounded, not null */
    public MonetaryAmount customerExpenditure() {
        return rounded(totals.expenditures().list().add(totals.refunds().list()).add(totals.adjustments().list()));
    }

    /** @return the exact sum of every line's settlement amount, at scale 8, not null */
    public MonetaryAmount unroundedNetSettlement() {
        return ExactMoney.monetary(totals.netSettlement(), totals.currency());
    }

    /** @return the net settlement (expenditures + refunds + adjustments), summed exactly then rounded, not null */
    public MonetaryAmount netSettlement() {
        return rounded(totals.netSettlement());
    }

    /** @return the rounded net settlement minus the exact one: what rounding added, not null */
    public MonetaryAmount roundingResidue() {
        BigDecimal exact = totals.netSettlement();
        return ExactMoney.monetary(rounding.round(exact, totals.currency()).subtract(exact), totals.currency());
    }

    /** @return the cash coupons used on this bill, 0 to the net settlement, not null */
    public MonetaryAmount couponsUsed() {
        return couponsUsed;
    }

    /** @return the tax components, not null */
    public TaxBreakdown tax() {
        return tax;
    }

    /** @return {@code max(0, netSettlement - couponsUsed + tax)}, not null */
    public MonetaryAmount amountDue() {
        BigDecimal due = ExactMoney.decimal(netSettlement()).subtract(ExactMoney.decimal(couponsUsed))
                .add(ExactMoney.decimal(tax.total()));
        return ExactMoney.monetary(due.max(BigDecimal.ZERO.setScale(due.scale())), totals.currency());
    }

    /** @return the surplus of a negative bill (minus its net settlement), or zero, not null */
    public MonetaryAmount credit() {
        BigDecimal net = ExactMoney.decimal(netSettlement());
        return ExactMoney.monetary(net.signum() < 0 ? net.negate() : BigDecimal.ZERO.setScale(net.scale()), totals.currency());
    }

    /** @return true if refunds exceed expenditures and adjustments: the net settlement is negative */
    public boolean isNegative() {
        return totals.netSettlement().signum() < 0;
    }

    /**
     * Returns the bill by product over all regions.
     *
     * @return the by-product view, not null
     */
    public ProductBreakdown byProduct() {
        return productView(null);
    }

    /**
     * Returns the bill by product in one region.
     *
     * @param regionCode the region code to keep, not null
     * @return the by-product view of that region's lines, not null
     */
    public ProductBreakdown byProduct(String regionCode) {
        return productView(Objects.requireNonNull(regionCode, "regionCode"));
    }

    private ProductBreakdown productView(@Nullable String regionCode) {
        List<ProductSummary> rows = new ArrayList<>();
        BigDecimal scopeTotal = BigDecimal.ZERO;
        for (Map.Entry<ProductId, Totals.Product> e : totals.products().entrySet()) {
            BigDecimal list = BigDecimal.ZERO;
            BigDecimal settlement = BigDecimal.ZERO;
            boolean inScope = false;
            for (Map.Entry<String, Totals.Pair> r : e.getValue().byRegion().entrySet()) {
                if (regionCode == null || regionCode.equals(r.getKey())) {
                    inScope = true;
                    list = list.add(r.getValue().list());
                    settlement = settlement.add(r.getValue().settlement());
                }
            }
            if (inScope) {
                scopeTotal = scopeTotal.add(settlement);
                rows.add(new ProductSummary(e.getKey(), e.getValue().name(), e.getValue().type(), rounded(list),
                        rounded(settlement)));
            }
        }
        BigDecimal refunds = BigDecimal.ZERO;
        BigDecimal adjustments = BigDecimal.ZERO;
        for (Map.Entry<String, Totals.Others> o : totals.others().entrySet()) {
            if (regionCode == null || regionCode.equals(o.getKey())) {
                refunds = refunds.add(o.getValue().refunds());
                adjustments = adjustments.add(o.getValue().adjustments());
            }
        }
        scopeTotal = scopeTotal.add(refunds).add(adjustments);
        return new ProductBreakdown(regionCode, rows, rounded(refunds), rounded(adjustments), rounded(scopeTotal));
    }

    /**
     * Returns the bill by customer.
     *
     * @return the by-customer view, not null
     */
    public CustomerBreakdown byCustomer() {
        List<CustomerSummary> rows = new ArrayList<>();
        totals.customers().forEach((id, c) -> rows.add(new CustomerSummary(id, rounded(c.expenditures()),
                rounded(c.refunds()), rounded(c.adjustments()), rounded(c.total()), c.lineCount())));
        return new CustomerBreakdown(rows, netSettlement());
    }

    /** @return the region codes that have lines, in order, not null */
    public List<String> regionCodes() {
        java.util.TreeSet<String> regions = new java.util.TreeSet<>(totals.others().keySet());
        totals.products().values().forEach(p -> regions.addAll(p.byRegion().keySet()));
        return List.copyOf(regions);
    }

    /**
     * Returns the bill as text that {@link #fromSnapshot} reads back into an equal bill: what a
     * store keeps so it never has to recompute an issued bill from its lines. Its size grows
     * with products × regions and customers, not with lines.
     *
     * @return the snapshot, not null
     */
    public String snapshot() {
        return BillSnapshot.write(this, totals, rounding, couponsUsed, tax);
    }

    /**
     * Reads a bill back from its {@link #snapshot()}.
     *
     * @param snapshot the text, not null
     * @return the bill, not null
     * @throws io.partnerbill.core.InvalidValueException if the text is not a snapshot
     */
    public static MonthlyBill fromSnapshot(String snapshot) {
        return BillSnapshot.read(Objects.requireNonNull(snapshot, "snapshot"));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MonthlyBill o && o.totals.equals(totals) && o.rounding.equals(rounding)
                && o.couponsUsed.equals(couponsUsed) && o.tax.equals(tax);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totals.partner(), totals.cycle(), totals.netSettlement());
    }

    @Override
    public String toString() {
        return "MonthlyBill[" + partner() + " " + cycle() + ", " + lineCount() + " lines, expenditures "
                + ExactMoney.format(expenditures()) + ", refunds " + ExactMoney.format(refunds()) + ", adjustments "
                + ExactMoney.format(adjustments()) + ", net " + ExactMoney.format(netSettlement()) + ", coupons "
                + ExactMoney.format(couponsUsed) + ", tax " + ExactMoney.format(tax.total()) + ", due "
                + ExactMoney.format(amountDue()) + ", credit " + ExactMoney.format(credit()) + "]";
    }
}
