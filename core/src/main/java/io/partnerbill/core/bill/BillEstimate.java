package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.money.ExactMoney;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The estimate of a cycle not billed yet (running, or closed and waiting for its issue), as of the
 * end of a day in the billing zone: the lines up to then, without tax and without cash coupons
 * (the operator's definition of an estimate).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillEstimate {

    private final LocalDate asOf;
    private final MonthlyBill totals;

    BillEstimate(LocalDate asOf, MonthlyBill totals) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.totals = totals;
    }

    /** @return the day whose end the estimate runs to, in the billing zone, not null */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return totals.partner();
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return totals.cycle();
    }

    /** @return how many lines the estimate sums */
    public long lineCount() {
        return totals.lineCount();
    }

    /** @return the settlement of the expenditures so far, rounded, not null */
    public MonetaryAmount expenditures() {
        return totals.expenditures();
    }

    /** @return the refunds so far, rounded, not null */
    public MonetaryAmount refunds() {
        return totals.refunds();
    }

    /** @return the adjustments so far, rounded, not null */
    public MonetaryAmount adjustments() {
        return totals.adjustments();
    }

    /** @return the net settlement so far, before tax and coupons, rounded, not null */
    public MonetaryAmount netSettlement() {
        return totals.netSettlement();
    }

    /**
     * Returns the estimate by product over all regions.
     *
     * @return the by-product view, not null
     */
    public ProductBreakdown byProduct() {
        return totals.byProduct();
    }

    /**
     * Returns the estimate by product in one region.
     *
     * @param regionCode the region code to keep, not null
     * @return the by-product view of that region's lines, not null
     */
    public ProductBreakdown byProduct(String regionCode) {
        return totals.byProduct(regionCode);
    }

    /** @return the estimate by customer, not null */
    public CustomerBreakdown byCustomer() {
        return totals.byCustomer();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BillEstimate o && o.asOf.equals(asOf) && o.totals.equals(totals);
    }

    @Override
    public int hashCode() {
        return asOf.hashCode() * 31 + totals.hashCode();
    }

    @Override
    public String toString() {
        return "BillEstimate[" + partner() + " " + cycle() + " as of " + asOf + ", " + lineCount() + " lines, net "
                + ExactMoney.format(netSettlement()) + "]";
    }
}
