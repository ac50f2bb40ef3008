package io.partnerbill.testkit;

import static io.partnerbill.testkit.BillingAssertions.assertThatBill;
import static io.partnerbill.testkit.BillingAssertions.assertThatLedger;
import static io.partnerbill.testkit.BillingFixtures.CALENDAR;
import static io.partnerbill.testkit.BillingFixtures.CYCLE;
import static io.partnerbill.testkit.BillingFixtures.PARTNER;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static io.partnerbill.testkit.BillingFixtures.usd;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.payment.LedgerSummary;
import io.partnerbill.core.tax.TaxPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each invariant assertion passes on a sound bill and fails, naming itself and the numbers, on a broken one. */
class BillingAssertionsTest {

    private static final MonthlyBillCalculator CALC =
            MonthlyBillCalculator.of(TaxPolicy.none(), CALENDAR, RoundingPolicy.BILL_TOTAL);
    // Two lines at 12.00% off: 100 -> 88.00 and 50 -> 44.00; net 132.00.
    private static final List<BillLine> LINES = List.of(BillingFixtures.expenditure("O-1", 1, "100"),
            BillingFixtures.expenditure("O-2", 2, "50"));
    private static final MonthlyBill SOUND = CALC.calculate(PARTNER, CYCLE, USD, LINES, usd("10"));

    /** A bill whose snapshot was tampered with: one text replaced by another. */
    private static MonthlyBill broken(String from, String to) {
        String snapshot = SOUND.snapshot();
        if (!snapshot.contains(from)) {
            throw new IllegalArgumentException("snapshot lacks '" + from + "':\n" + snapshot);
        }
        return MonthlyBill.fromSnapshot(snapshot.replace(from, to));
    }

    @Test
    void aSoundBillPassesEveryCheck() {
        assertThatCode(() -> assertThatBill(SOUND).reconcilesWith(LINES).hasNonNegativeAmountDue()
                .followsTheAmountDueFormula()).doesNotThrowAnyException();
    }

    @Test
    void reconcilesWith_namesTheNetAndTheLineSum() {
        assertThatThrownBy(() -> assertThatBill(SOUND).reconcilesWith(List.of(LINES.get(0))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invariant 'net settlement = sum of line settlements' broken: bill has 132.00,"
                        + " lines sum to 88.00");
    }

    @Test
    void reconcilesWith_catchesAByCustomerViewThatDoesNotAddUp() {
        // Customer C-2's 44.00 becomes 45.00 while the totals stay: the customer rows no longer add up.
        MonthlyBill bill = broken("customer\tC-2\t44.00000000", "customer\tC-2\t45.00000000");
        assertThatThrownBy(() -> assertThatBill(bill).reconcilesWith(LINES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invariant 'customer row = its rounded lines' broken for C-2: row 45.00, lines 44.00");
    }

    @Test
    void reconcilesWith_catchesAProductRowThatIsNotItsLines() {
        MonthlyBill bill = broken("region\tcn-north-4\t150.00000000\t132.00000000",
                "region\tcn-north-4\t150.00000000\t131.00000000");
        assertThatThrownBy(() -> assertThatBill(bill).reconcilesWith(LINES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invariant 'product row = its rounded expenditure lines' broken for PRD-1: row 131.00,"
                        + " lines 132.00");
    }

    @Test
    void followsTheAmountDueFormula_catchesCouponsAboveTheNet() {
        MonthlyBill bill = broken("coupons\t10\n", "coupons\t200\n");
        assertThatThrownBy(() -> assertThatBill(bill).followsTheAmountDueFormula())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invariant '0 <= coupons used <= net settlement' broken: coupons 200.00, net 132.00");
    }

    @Test
    void followsTheAmountDueFormula_catchesTaxOnANegativeNet() {
        // A negative month that nevertheless carries a tax component.
        MonthlyBill negative = CALC.calculate(PARTNER, CYCLE, USD, BillingFixtures.negativeMonth(), usd("0"));
        MonthlyBill bill = MonthlyBill.fromSnapshot(negative.snapshot() + "tax\tVAT\t10\t-50.00\t5.00\t\\N\n");
        assertThatThrownBy(() -> assertThatBill(bill).followsTheAmountDueFormula())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invariant 'no tax on a net settlement <= 0' broken: tax 5.00 on net -50.00");
    }

    @Test
    void conservesMoney_namesEveryTerm() {
        LedgerSummary sound = new LedgerSummary(PARTNER, usd("170"), usd("30"), usd("100"), usd("40"), usd("0"));
        assertThatCode(() -> assertThatLedger(sound).conservesMoney()).doesNotThrowAnyException();
        LedgerSummary broken = new LedgerSummary(PARTNER, usd("170"), usd("30"), usd("100"), usd("45"), usd("0"));
        assertThatThrownBy(() -> assertThatLedger(broken).conservesMoney())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Invariant 'charges - credits granted - payments = total owed - unapplied credit'"
                        + " broken for P-100: 170 - 30 - 100 = 40, but 45 - 0 = 45");
    }
}
