package io.partnerbill.core;

import io.partnerbill.core.billing.PartnerBilling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillStatus;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.AmountDueView;
import io.partnerbill.core.payment.Coupon;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.CreditPolicy;
import io.partnerbill.core.payment.LedgerSummary;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** Issuing, amount due across months, credit policies, coupons and repayment, with figures worked out by hand. */
class BillLifecycleTest {

    private static final PartnerId P = PartnerId.of("P-1");
    private static final BillCycle JAN = BillCycle.of(2024, 1);
    private static final BillCycle FEB = BillCycle.of(2024, 2);
    private static final BillCycle MAR = BillCycle.of(2024, 3);
    private static final BillCycle APR = BillCycle.of(2024, 4);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));

    private PartnerBilling billing(CreditPolicy policy) {
        return PartnerBilling.builder().currency("USD").clock(clock).creditPolicy(policy).build();
    }

    private static MonetaryAmount usd(String value) {
        return ExactMoney.monetary(new BigDecimal(value), Monetary.getCurrency("USD"));
    }

    private static void assertAmount(MonetaryAmount actual, String expected) {
        assertThat(ExactMoney.decimal(actual)).isEqualByComparingTo(expected);
    }

    /** A line of the cycle's 10th day (Beijing), no discount, so settlement = expenditure. */
    private static BillLine line(PartnerBilling billing, BillCycle cycle, String orderId, BillType type, String amount) {
        Instant at = billing.calendar().start(cycle).plusSeconds(9 * 86400);
        BillLine.Builder b = BillLine.builder().cycle(cycle).partner(P).customer(CustomerId.of("C-1")).billType(type)
                .orderType(type == BillType.REFUND ? OrderType.UNSUBSCRIPTION : OrderType.NEW_PURCHASE)
                .orderId(OrderId.of(orderId)).product(ProductId.of("PRD-1")).productName("ECS").productType("Common products")
                .regionCode("ap-southeast-1").transactionTime(at).customerExpenditure(usd(amount))
                .discount(DiscountRate.NONE).settleAtDiscount();
        if (type == BillType.REFUND) {
            b.originalOrderId(OrderId.of(orderId + "-orig"));
        }
        return b.build();
    }

    /** January 100.00; February 20.00 - 50.00 = -30.00; March 70.00. */
    private void threeMonths(PartnerBilling billing) {
        billing.lines().append(line(billing, JAN, "J1", BillType.EXPENDITURE, "100.00"));
        billing.lines().append(line(billing, FEB, "F1", BillType.EXPENDITURE, "20.00"));
        billing.lines().append(line(billing, FEB, "F2", BillType.REFUND, "-50.00"));
        billing.lines().append(line(billing, MAR, "M1", BillType.EXPENDITURE, "70.00"));
    }

    private IssuedBill issueAtItsInstant(PartnerBilling billing, BillCycle cycle) {
        clock.set(billing.calendar().issueInstant(cycle));
        return billing.bills().issue(P, cycle);
    }

    private static Payment payment(String ref, String amount) {
        return new Payment(PaymentReference.of(ref), P, usd(amount), Instant.parse("2024-04-10T00:00:00Z"),
                PaymentMethod.BANK_TRANSFER);
    }

    @Test
    void issue_isRefusedBeforeNoonOfTheFifthAndIdempotentAfter() {
        PartnerBilling billing = billing(CreditPolicy.ZERO_DUE);
        billing.lines().append(line(billing, JAN, "J1", BillType.EXPENDITURE, "100.00"));
        clock.set(Instant.parse("2024-02-05T03:59:59Z")); // 11:59:59 Beijing
        assertThatThrownBy(() -> billing.bills().issue(P, JAN))
                .isInstanceOf(NotYetIssuableException.class)
                .hasMessage("The bill of partner 'P-1' for 2024-01 can be issued from 2024-02-05T04:00:00Z"
                        + " (2024-02-05T12:00 Asia/Shanghai), not at 2024-02-05T03:59:59Z")
                .extracting(e -> List.of(((PartnerBillingException) e).code(), ((PartnerBillingException) e).partner(),
                        ((PartnerBillingException) e).cycle()))
                .isEqualTo(List.of(ErrorCode.NOT_YET_ISSUABLE, Optional.of(P), Optional.of(JAN)));
        assertThat(billing.bills().issued(P, JAN)).isEmpty();

        clock.set(Instant.parse("2024-02-05T04:00:00Z")); // 12:00:00 Beijing
        IssuedBill bill = billing.bills().issue(P, JAN);
        assertThat(bill.invoiceNumber()).isEqualTo("PB-2024-000001");
        assertThat(bill.id()).isEqualTo(BillId.of("P-1/2024-01"));
        assertThat(bill.status()).isEqualTo(BillStatus.UNPAID);
        assertAmount(bill.amountDue(), "100.00");

        clock.set(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(billing.bills().issue(P, JAN)).isEqualTo(bill);
    }

    @Test
    void anIssuedCycleTakesNoMoreLines() {
        PartnerBilling billing = billing(CreditPolicy.ZERO_DUE);
        BillLine j1 = line(billing, JAN, "J1", BillType.EXPENDITURE, "100.00");
        billing.lines().append(j1);
        issueAtItsInstant(billing, JAN);
        assertThatThrownBy(() -> billing.lines().append(line(billing, JAN, "J2", BillType.EXPENDITURE, "5.00")))
                .isInstanceOf(CycleClosedException.class)
                .hasMessage("Cycle 2024-01 of partner 'P-1' is issued; line 'J2' must go in as an ADJUSTMENT of a"
                        + " later cycle");
        assertThat(billing.lines().count(P, JAN)).isEqualTo(1);
        // Repeating a stored line is still an idempotent no-op.
        assertThat(billing.lines().append(j1)).isEqualTo(io.partnerbill.core.store.AppendOutcome.ALREADY_PRESENT);
        // A batch looks the cycle up once: its repeat passes, its new line is refused, and nothing is kept.
        assertThat(billing.lines().appendAll(java.util.List.of(j1))).isZero();
        assertThatThrownBy(() -> billing.lines().appendAll(java.util.List.of(j1, line(billing, JAN, "J3",
                BillType.EXPENDITURE, "7.00"))))
                .isInstanceOf(CycleClosedException.class)
                .hasMessage("Cycle 2024-01 of partner 'P-1' is issued; line 'J3' must go in as an ADJUSTMENT of a"
                        + " later cycle");
        assertThat(billing.lines().count(P, JAN)).isEqualTo(1);
    }

    @Test
    void negativeMiddleMonth_underZeroDue() {
        PartnerBilling billing = billing(CreditPolicy.ZERO_DUE);
        threeMonths(billing);
        IssuedBill jan = issueAtItsInstant(billing, JAN);
        IssuedBill feb = issueAtItsInstant(billing, FEB);
        IssuedBill mar = issueAtItsInstant(billing, MAR);
        // February: net -30.00, due 0, PAID at issue, credit 30.00 reported but not carried.
        assertAmount(feb.bill().netSettlement(), "-30.00");
        assertAmount(feb.amountDue(), "0");
        assertAmount(feb.bill().credit(), "30.00");
        assertThat(feb.status()).isEqualTo(BillStatus.PAID);
        assertAmount(mar.creditApplied(), "0");
        assertThat(mar.invoiceNumber()).isEqualTo("PB-2024-000003");
        // Owed: 100.00 + 70.00 = 170.00.
        AmountDueView view = billing.bills().amountDue(P, Instant.parse("2024-04-06T00:00:00Z"));
        assertThat(view.unpaidBills()).containsExactly(jan, mar);
        assertAmount(view.totalOwed(), "170.00");
        LedgerSummary ledger = billing.payments().ledger(P);
        assertAmount(ledger.charges(), "170.00");
        assertAmount(ledger.creditsGranted(), "0");
        assertThat(ledger.conservesMoney()).isTrue();
    }

    @Test
    void negativeMiddleMonth_underCarryForward() {
        PartnerBilling billing = billing(CreditPolicy.CARRY_FORWARD);
        threeMonths(billing);
        issueAtItsInstant(billing, JAN);
        IssuedBill feb = issueAtItsInstant(billing, FEB);
        IssuedBill mar = issueAtItsInstant(billing, MAR);
        assertAmount(feb.amountDue(), "0");
        // March: due 70.00, February's 30.00 applied at issue: 40.00 outstanding.
        assertAmount(mar.creditApplied(), "30.00");
        assertAmount(mar.outstanding(), "40.00");
        assertThat(mar.status()).isEqualTo(BillStatus.PARTIALLY_PAID);
        assertThat(billing.payments().creditEntries(P)).extracting(CreditEntry::kind)
                .containsExactly(CreditEntry.Kind.NEGATIVE_BILL, CreditEntry.Kind.APPLIED_TO_BILL);
        assertAmount(billing.payments().creditBalance(P), "0");
        // Owed 100.00 + 40.00 = 140.00; charges 170.00 - credits 30.00 - payments 0 = 140.00 - 0.
        LedgerSummary ledger = billing.payments().ledger(P);
        assertAmount(ledger.totalOwed(), "140.00");
        assertAmount(ledger.creditsGranted(), "30.00");
        assertThat(ledger.conservesMoney()).isTrue();
    }

    @Test
    void aPaymentCoversOneAndAHalfBillsThenAnOverpaymentBecomesCredit() {
        PartnerBilling billing = billing(CreditPolicy.ZERO_DUE);
        threeMonths(billing);
        IssuedBill jan = issueAtItsInstant(billing, JAN);
        issueAtItsInstant(billing, FEB);
        IssuedBill mar = issueAtItsInstant(billing, MAR);

        // 135.00 pays January's 100.00 and 35.00 of March's 70.00.
        PaymentReceipt receipt = billing.payments().apply(payment("REF-1", "135.00"));
        assertThat(receipt.applications()).extracting(a -> a.document().value() + " " + ExactMoney.decimal(a.amount()).toPlainString())
                .containsExactly("P-1/2024-01 100", "P-1/2024-03 35");
        assertAmount(receipt.toCredit(), "0");
        assertThat(billing.bills().issued(jan.id()).orElseThrow().status()).isEqualTo(BillStatus.PAID);
        IssuedBill marNow = billing.bills().issued(mar.id()).orElseThrow();
        assertThat(marNow.status()).isEqualTo(BillStatus.PARTIALLY_PAID);
        assertAmount(marNow.outstanding(), "35.00");

        // 50.00 pays March's last 35.00; 15.00 becomes credit, used by April's bill at issue.
        PaymentReceipt over = billing.payments().apply(payment("REF-2", "50.00"));
        assertAmount(over.toCredit(), "15.00");
        assertAmount(billing.bills().amountDue(P, Instant.parse("2024-04-11T00:00:00Z")).totalOwed(), "0");
        assertAmount(billing.payments().creditBalance(P), "15.00");
        billing.lines().append(line(billing, APR, "A1", BillType.EXPENDITURE, "40.00"));
        IssuedBill apr = issueAtItsInstant(billing, APR);
        assertAmount(apr.creditApplied(), "15.00");
        assertAmount(apr.outstanding(), "25.00");
        assertThat(billing.payments().applicationsTo(mar.id())).hasSize(2);
        assertThat(billing.payments().records(P)).extracting(p -> p.reference().value()).containsExactly("REF-1", "REF-2");
        assertThat(billing.payments().ledger(P).conservesMoney()).isTrue();
    }

    @Test
    void paymentRefusalsChangeNothing() {
        PartnerBilling billing = billing(CreditPolicy.ZERO_DUE);
        threeMonths(billing);
        issueAtItsInstant(billing, JAN);
        PaymentReceipt first = billing.payments().apply(payment("REF-1", "60.00"));
        // The same payment again: the first receipt, nothing more applied.
        assertThat(billing.payments().apply(payment("REF-1", "60.00"))).isEqualTo(first);
        assertAmount(billing.bills().issued(P, JAN).orElseThrow().outstanding(), "40.00");
        assertThatThrownBy(() -> billing.payments().apply(payment("REF-1", "61.00")))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("Payment reference 'REF-1' was already applied to a different payment"
                        + " (amount USD 60.00, not USD 61.00):"
                        + " Payment[REF-1 P-1 USD 60.00 BANK_TRANSFER 2024-04-10T00:00:00Z]");
        assertThatThrownBy(() -> payment("REF-2", "-5"))
                .isInstanceOf(InvalidValueException.class).hasMessage("Payment 'REF-2' must be positive, was 'USD -5.00'");
        assertThatThrownBy(() -> payment("REF-2", "0"))
                .isInstanceOf(InvalidValueException.class).hasMessage("Payment 'REF-2' must be positive, was 'USD 0.00'");
        Payment euro = new Payment(PaymentReference.of("REF-3"), P, ExactMoney.monetary(BigDecimal.TEN, Monetary.getCurrency("EUR")),
                Instant.parse("2024-04-10T00:00:00Z"), PaymentMethod.CREDIT_CARD);
        assertThatThrownBy(() -> billing.payments().apply(euro))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("Payment 'REF-3' is in EUR but USD was expected");
        assertAmount(billing.bills().issued(P, JAN).orElseThrow().outstanding(), "40.00");
        assertThat(billing.payments().records(P)).hasSize(1);
    }

    @Test
    void couponsAreUsedUpToTheNetAndTheirBalanceKept() {
        PartnerBilling billing = billing(CreditPolicy.ZERO_DUE);
        threeMonths(billing);
        Instant from = Instant.parse("2024-01-01T00:00:00Z");
        billing.coupons().grant(Coupon.of(CouponId.of("CP-1"), P, usd("130.00"), from, Instant.parse("2024-12-31T16:00:00Z")));
        billing.coupons().grant(Coupon.of(CouponId.of("CP-OLD"), P, usd("500.00"), from, Instant.parse("2024-02-01T00:00:00Z")));
        // January: net 100.00, CP-1 covers all of it (CP-OLD expired before the issue instant); 30.00 left.
        IssuedBill jan = issueAtItsInstant(billing, JAN);
        assertAmount(jan.bill().couponsUsed(), "100.00");
        assertAmount(jan.amountDue(), "0");
        assertThat(jan.status()).isEqualTo(BillStatus.PAID);
        assertAmount(billing.coupons().find(CouponId.of("CP-1")).orElseThrow().balance(), "30.00");
        // February is negative: no coupon used. March: 70.00 - 30.00 = 40.00 due.
        assertAmount(issueAtItsInstant(billing, FEB).bill().couponsUsed(), "0");
        IssuedBill mar = issueAtItsInstant(billing, MAR);
        assertAmount(mar.bill().couponsUsed(), "30.00");
        assertAmount(mar.amountDue(), "40.00");
        assertAmount(billing.coupons().find(CouponId.of("CP-1")).orElseThrow().balance(), "0");
        assertAmount(billing.coupons().find(CouponId.of("CP-OLD")).orElseThrow().balance(), "500.00");
    }

    @Test
    void invoiceNumbersAreGapFreePerPartnerAndYear() {
        PartnerBilling billing = billing(CreditPolicy.ZERO_DUE);
        BillCycle dec = BillCycle.of(2024, 12);
        billing.lines().append(line(billing, BillCycle.of(2024, 11), "N1", BillType.EXPENDITURE, "1"));
        billing.lines().append(line(billing, dec, "D1", BillType.EXPENDITURE, "1"));
        assertThat(issueAtItsInstant(billing, BillCycle.of(2024, 11)).invoiceNumber()).isEqualTo("PB-2024-000001");
        // December's bill is issued on 2025-01-05: the first of 2025.
        assertThat(issueAtItsInstant(billing, dec).invoiceNumber()).isEqualTo("PB-2025-000001");
        PartnerBilling custom = PartnerBilling.builder().currency("USD").clock(clock)
                .invoiceNumberer(c -> "INV/" + c.partner() + "/" + c.cycle() + "/" + c.sequence()).build();
        custom.lines().append(line(custom, JAN, "J1", BillType.EXPENDITURE, "1"));
        assertThat(issueAtItsInstant(custom, JAN).invoiceNumber()).isEqualTo("INV/P-1/2024-01/1");
    }
}
