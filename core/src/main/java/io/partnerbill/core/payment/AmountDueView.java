package io.partnerbill.core.payment;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillEstimate;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.money.ExactMoney;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The "Amount Due" pane of a partner at an instant: the running cycle's estimate (no tax, no
 * coupons; not owed yet), the closed previous cycle while its bill is not issued yet (pending,
 * as an estimate), every issued bill with something outstanding, oldest first, and the total owed
 * on them.
 *
 * <p>A cycle appears at most once: as pending until its bill is issued, then among the unpaid
 * bills (or nowhere once paid). Neither estimate counts in {@code totalOwed}: nothing is owed
 * before a bill is issued.
 *
 * @param partner the partner, not null
 * @param at the instant the view was taken, not null
 * @param currentEstimate the estimate of the cycle containing {@code at}, as of that day, not null
 * @param unpaidBills issued bills with something outstanding, oldest cycle first, not null
 * @param totalOwed the sum of what is outstanding on them, not null
 * @param unappliedCredit partner credit not yet used, not null
 * @param pendingEstimate the estimate of the previous cycle, all its lines, while it has lines and
 *     its bill is not issued (normally from the 1st until the issue instant, the 5th 12:00 in the
 *     billing zone), else empty; not null
 */
public record AmountDueView(PartnerId partner, Instant at, BillEstimate currentEstimate, List<IssuedBill> unpaidBills,
        MonetaryAmount totalOwed, MonetaryAmount unappliedCredit, Optional<BillEstimate> pendingEstimate) {

    /** Copies the list and checks that no component is null. */
    public AmountDueView {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(currentEstimate, "currentEstimate");
        unpaidBills = List.copyOf(unpaidBills);
        Objects.requireNonNull(totalOwed, "totalOwed");
        Objects.requireNonNull(unappliedCredit, "unappliedCredit");
        Objects.requireNonNull(pendingEstimate, "pendingEstimate");
    }

    /**
     * Creates a view with no pending cycle.
     *
     * @param partner the partner, not null
     * @param at the instant the view was taken, not null
     * @param currentEstimate the estimate of the cycle containing {@code at}, not null
     * @param unpaidBills issued bills with something outstanding, oldest cycle first, not null
     * @param totalOwed the sum of what is outstanding on them, not null
     * @param unappliedCredit partner credit not yet used, not null
     */
    public AmountDueView(PartnerId partner, Instant at, BillEstimate currentEstimate, List<IssuedBill> unpaidBills,
            MonetaryAmount totalOwed, MonetaryAmount unappliedCredit) {
        this(partner, at, currentEstimate, unpaidBills, totalOwed, unappliedCredit, Optional.empty());
    }

    @Override
    public String toString() {
        return "AmountDue[" + partner + " at " + at + ": owed " + ExactMoney.format(totalOwed) + " on " + unpaidBills.size()
                + " bills, " + pendingEstimate.map(p -> "pending " + p.cycle() + " estimate "
                        + ExactMoney.format(p.netSettlement()) + ", ").orElse("")
                + "running estimate " + ExactMoney.format(currentEstimate.netSettlement()) + "]";
    }
}
