package io.partnerbill.testkit;

import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.LedgerSummary;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions of a partner's ledger; obtain one with {@link BillingAssertions#assertThatLedger}. */
public final class LedgerAssert extends AbstractAssert<LedgerAssert, LedgerSummary> {

    LedgerAssert(LedgerSummary actual) {
        super(actual, LedgerAssert.class);
    }

    private static BigDecimal dec(MonetaryAmount amount) {
        return ExactMoney.decimal(amount);
    }

    /**
     * Checks that no money appeared or vanished:
     * {@code charges - creditsGranted - payments == totalOwed - unappliedCredit}, with the
     * total owed and the unapplied credit never negative.
     *
     * @return this assertion
     */
    public LedgerAssert conservesMoney() {
        isNotNull();
        BigDecimal left = dec(actual.charges()).subtract(dec(actual.creditsGranted())).subtract(dec(actual.payments()));
        BigDecimal right = dec(actual.totalOwed()).subtract(dec(actual.unappliedCredit()));
        if (left.compareTo(right) != 0) {
            failWithMessage("Invariant 'charges - credits granted - payments = total owed - unapplied credit' broken"
                    + " for %s: %s - %s - %s = %s, but %s - %s = %s", actual.partner(), dec(actual.charges()).toPlainString(),
                    dec(actual.creditsGranted()).toPlainString(), dec(actual.payments()).toPlainString(),
                    left.toPlainString(), dec(actual.totalOwed()).toPlainString(),
                    dec(actual.unappliedCredit()).toPlainString(), right.toPlainString());
        }
        if (dec(actual.totalOwed()).signum() < 0 || dec(actual.unappliedCredit()).signum() < 0) {
            failWithMessage("Invariant 'total owed and unapplied credit >= 0' broken for %s: owed %s, credit %s",
                    actual.partner(), dec(actual.totalOwed()).toPlainString(), dec(actual.unappliedCredit()).toPlainString());
        }
        return this;
    }
}
