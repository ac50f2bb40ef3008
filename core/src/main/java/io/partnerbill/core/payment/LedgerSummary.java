package io.partnerbill.core.payment;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A partner's money at a glance, and the check that none appeared or vanished:
 * {@code charges - creditsGranted - payments == totalOwed - unappliedCredit}.
 *
 * <p>Charges are the amounts due of the issued bills; credits granted are negative bills'
 * surpluses carried forward (only under {@link CreditPolicy#CARRY_FORWARD}); payments are what
 * the partner paid; total owed is what is outstanding on issued bills; unapplied credit is the
 * credit balance not yet used (carried surpluses and overpayments).
 *
 * @param partner the partner, not null
 * @param charges sum of amounts due, not null
 * @param creditsGranted sum of carried-forward surpluses, not null
 * @param payments sum of payments received, not null
 * @param totalOwed sum of what is outstanding, not null
 * @param unappliedCredit the credit balance, not null
 */
public record LedgerSummary(PartnerId partner, MonetaryAmount charges, MonetaryAmount creditsGranted,
        MonetaryAmount payments, MonetaryAmount totalOwed, MonetaryAmount unappliedCredit) {

    /** Checks that no component is null. */
    public LedgerSummary {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(charges, "charges");
        Objects.requireNonNull(creditsGranted, "creditsGranted");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(totalOwed, "totalOwed");
        Objects.requireNonNull(unappliedCredit, "unappliedCredit");
    }

    /**
     * Returns whether the ledger conserves money.
     *
     * @return true if {@code charges - creditsGranted - payments == totalOwed - unappliedCredit}
     */
    public boolean conservesMoney() {
        BigDecimal left = ExactMoney.decimal(charges).subtract(ExactMoney.decimal(creditsGranted)).subtract(ExactMoney.decimal(payments));
        BigDecimal right = ExactMoney.decimal(totalOwed).subtract(ExactMoney.decimal(unappliedCredit));
        return left.compareTo(right) == 0;
    }

    @Override
    public String toString() {
        return "Ledger[" + partner + ": charges " + ExactMoney.format(charges) + " - credits " + ExactMoney.format(creditsGranted)
                + " - payments " + ExactMoney.format(payments) + " = owed " + ExactMoney.format(totalOwed) + " - credit "
                + ExactMoney.format(unappliedCredit) + "]";
    }
}
