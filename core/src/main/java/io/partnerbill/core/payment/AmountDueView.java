package io.partnerbill.core.payment;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillEstimate;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.internal.Amounts;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The "Amount Due" pane of a partner at an instant: the running cycle's estimate (no tax, no
 * coupons; not owed yet), every issued bill with something outstanding, oldest first, and the
 * total owed on them.
 *
 * @param partner the partner, not null
 * @param at the instant the view was taken, not null
 * @param currentEstimate the estimate of the cycle containing {@code at}, as of that day, not null
 * @param unpaidBills issued bills with something outstanding, oldest cycle first, not null
 * @param totalOwed the sum of what is outstanding on them, not null
 * @param unappliedCredit partner credit not yet used, not null
 */
public record AmountDueView(PartnerId partner, Instant at, BillEstimate currentEstimate, List<IssuedBill> unpaidBills,
        MonetaryAmount totalOwed, MonetaryAmount unappliedCredit) {

    /** Copies the list and checks that no component is null. */
    public AmountDueView {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(currentEstimate, "currentEstimate");
        unpaidBills = List.copyOf(unpaidBills);
        Objects.requireNonNull(totalOwed, "totalOwed");
        Objects.requireNonNull(unappliedCredit, "unappliedCredit");
    }

    @Override
    public String toString() {
        return "AmountDue[" + partner + " at " + at + ": owed " + Amounts.format(totalOwed) + " on " + unpaidBills.size()
                + " bills, running estimate " + Amounts.format(currentEstimate.netSettlement()) + "]";
    }
}
