package io.partnerbill.testkit;

import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.payment.LedgerSummary;

/**
 * Entry point of the billing invariant assertions:
 * {@code assertThatBill(bill).reconcilesWith(lines).hasNonNegativeAmountDue()},
 * {@code assertThatLedger(billing.payments().ledger(partner)).conservesMoney()}.
 */
public final class BillingAssertions {

    private BillingAssertions() {
    }

    /**
     * Starts assertions on a bill.
     *
     * @param bill the bill
     * @return the assertion, not null
     */
    public static BillAssert assertThatBill(MonthlyBill bill) {
        return new BillAssert(bill);
    }

    /**
     * Starts assertions on a ledger summary.
     *
     * @param ledger the ledger
     * @return the assertion, not null
     */
    public static LedgerAssert assertThatLedger(LedgerSummary ledger) {
        return new LedgerAssert(ledger);
    }
}
