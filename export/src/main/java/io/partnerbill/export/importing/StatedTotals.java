package io.partnerbill.export.importing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.money.ExactMoney;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A month's totals as someone states them — the operator's monthly bill page, or one's own
 * {@link MonthlyBill} — for {@link Reconciliation} to check against the lines of a file:
 * expenditures, refunds, adjustments and the net settlement of a partner's cycle.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatedTotals {

    private final PartnerId partner;
    private final BillCycle cycle;
    private final MonetaryAmount expenditures;
    private final MonetaryAmount refunds;
    private final MonetaryAmount adjustments;
    private final MonetaryAmount netSettlement;

    private StatedTotals(PartnerId partner, BillCycle cycle, MonetaryAmount expenditures, MonetaryAmount refunds,
            MonetaryAmount adjustments, MonetaryAmount netSettlement) {
        this.partner = partner;
        this.cycle = cycle;
        this.expenditures = expenditures;
        this.refunds = refunds;
        this.adjustments = adjustments;
        this.netSettlement = netSettlement;
    }

    /**
     * Obtains stated totals.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param expenditures the settlement of the expenditure lines, not null
     * @param refunds the settlement of the refund lines (zero or negative), not null
     * @param adjustments the settlement of the adjustment lines, not null
     * @param netSettlement expenditures + refunds + adjustments as stated, not null
     * @return the totals, not null
     * @throws CurrencyMismatchException if the amounts' currencies differ
     */
    public static StatedTotals of(PartnerId partner, BillCycle cycle, MonetaryAmount expenditures,
            MonetaryAmount refunds, MonetaryAmount adjustments, MonetaryAmount netSettlement) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        String currency = Objects.requireNonNull(expenditures, "expenditures").getCurrency().getCurrencyCode();
        for (MonetaryAmount a : new MonetaryAmount[] {Objects.requireNonNull(refunds, "refunds"),
                Objects.requireNonNull(adjustments, "adjustments"), Objects.requireNonNull(netSettlement, "netSettlement")}) {
            if (!a.getCurrency().getCurrencyCode().equals(currency)) {
                throw new CurrencyMismatchException(expenditures.getCurrency(), a.getCurrency(), "Stated totals must share one currency, got " + currency + " and "
                        + a.getCurrency().getCurrencyCode());
            }
        }
        return new StatedTotals(partner, cycle, expenditures, refunds, adjustments, netSettlement);
    }

    /**
     * Takes the totals of a bill.
     *
     * @param bill the bill, not null
     * @return the totals, not null
     */
    public static StatedTotals of(MonthlyBill bill) {
        Objects.requireNonNull(bill, "bill");
        return new StatedTotals(bill.partner(), bill.cycle(), bill.expenditures(), bill.refunds(), bill.adjustments(),
                bill.netSettlement());
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the stated expenditures, not null */
    public MonetaryAmount expenditures() {
        return expenditures;
    }

    /** @return the stated refunds, not null */
    public MonetaryAmount refunds() {
        return refunds;
    }

    /** @return the stated adjustments, not null */
    public MonetaryAmount adjustments() {
        return adjustments;
    }

    /** @return the stated net settlement, not null */
    public MonetaryAmount netSettlement() {
        return netSettlement;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StatedTotals && ((StatedTotals) obj).partner.equals(partner)
                && ((StatedTotals) obj).cycle.equals(cycle)
                && ExactMoney.same(((StatedTotals) obj).expenditures, expenditures)
                && ExactMoney.same(((StatedTotals) obj).refunds, refunds)
                && ExactMoney.same(((StatedTotals) obj).adjustments, adjustments)
                && ExactMoney.same(((StatedTotals) obj).netSettlement, netSettlement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partner, cycle, ExactMoney.decimal(netSettlement).stripTrailingZeros());
    }

    @Override
    public String toString() {
        return "StatedTotals[" + partner + " " + cycle + ", expenditures " + ExactMoney.plainText(expenditures)
                + ", refunds " + ExactMoney.plainText(refunds) + ", adjustments " + ExactMoney.plainText(adjustments)
                + ", net " + ExactMoney.plainText(netSettlement) + "]";
    }
}
