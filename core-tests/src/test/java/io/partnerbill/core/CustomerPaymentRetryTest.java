package io.partnerbill.core;

import static io.partnerbill.core.StatementFixtures.C1;
import static io.partnerbill.core.StatementFixtures.JAN;
import static io.partnerbill.core.StatementFixtures.P;
import static io.partnerbill.core.StatementFixtures.PRD1;
import static io.partnerbill.core.StatementFixtures.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.testkit.BillingFixtures;
import io.partnerbill.testkit.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A customer payment reference is applied once, by the rule of partner repayments: a repeat (same
 * reseller, customer, amount and method, whatever instant the caller stamped) returns the first
 * receipt; anything else under the reference is refused and changes nothing.
 *
 * <p>C-1's January statement: E1 PRD-1 100.00 at list (no price rule), no tax = USD 100.00 due;
 * CP-1 paid USD 60.00 of it, so 40.00 stays outstanding.
 *
 * <p>Tried per run: 4 repeats, a property of 200 tries (instant within a year either side of the
 * first, customer, amount and method each kept or changed), and one payment of each side sent to the
 * other side's book. Before both sides shared the application code, 3 of the 4 repeats and the
 * property were refused as "a different customer payment".
 */
class CustomerPaymentRetryTest {

    private static final Instant FIRST = Instant.parse("2024-02-10T00:00:00Z");

    private static Payment payment(String customer, String amount, Instant at, PaymentMethod method) {
        return new Payment(PaymentReference.of("CP-1"), BilledParty.customer(P, CustomerId.of(customer)), BillingFixtures.usd(amount),
                at, method);
    }

    private static PartnerBilling billingWithFirstPayment() {
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        PartnerBilling billing = PartnerBilling.builder().currency("USD").clock(clock).build();
        billing.lines().append(expenditure(JAN, "E1", C1, PRD1, "100.00"));
        clock.set(billing.calendar().issueInstant(JAN));
        billing.bills().issue(P, JAN);
        billing.statements().issue(P, C1, JAN);
        billing.statements().collect(payment("C-1", "60.00", FIRST, PaymentMethod.BANK_TRANSFER));
        return billing;
    }

    private static void assertUnchanged(PartnerBilling billing) {
        // 100.00 - 60.00, once; no credit, one payment.
        assertThat(ExactMoney.decimal(billing.statements().issued(C1, JAN).orElseThrow().outstanding()))
                .isEqualByComparingTo("40.00");
        assertThat(ExactMoney.decimal(billing.statements().creditBalance(C1))).isEqualByComparingTo("0");
        assertThat(billing.statements().payments(C1)).singleElement()
                .satisfies(p -> assertThat(p.receivedAt()).isEqualTo(FIRST));
        assertThat(billing.statements().payments(CustomerId.of("C-2"))).isEmpty();
    }

    static Stream<Arguments> repeats() {
        return PaymentRepeats.of(FIRST, (amount, at) -> payment("C-1", amount, at, PaymentMethod.BANK_TRANSFER));
    }

    @ParameterizedTest
    @MethodSource("repeats")
    void collect_aRepeatReturnsTheFirstReceiptAndChangesNothing(Payment again) {
        PartnerBilling billing = billingWithFirstPayment();
        PaymentReceipt receipt = billing.statements().collect(again);
        assertThat(receipt.payment().receivedAt()).isEqualTo(FIRST);
        assertThat(receipt.applications()).extracting(a -> a.document().value() + " " + ExactMoney.format(a.amount()))
                .containsExactly("C-1/2024-01 USD 60.00");
        assertThat(ExactMoney.decimal(receipt.toCredit())).isEqualByComparingTo("0");
        assertUnchanged(billing);
    }

    /**
     * Any receive instant, and any choice of customer, amount and method changed: the payment is a
     * repeat exactly when none changed; otherwise it is refused, and nothing changes either way.
     */
    @Property(tries = 200)
    void collect_isARepeatExactlyWhenCustomerAmountAndMethodAgree(
            @ForAll @LongRange(min = -86_400L * 365, max = 86_400L * 365) long secondsFromFirst,
            @ForAll boolean otherCustomer, @ForAll @IntRange(min = 0, max = 2) int amountChange,
            @ForAll PaymentMethod method) {
        PartnerBilling billing = billingWithFirstPayment();
        // 60.00 again, 60 at another scale (the same amount), or one cent more.
        String amount = List.of("60.00", "60", "60.01").get(amountChange);
        Payment again = payment(otherCustomer ? "C-2" : "C-1", amount, FIRST.plusSeconds(secondsFromFirst), method);
        if (!otherCustomer && amountChange < 2 && method == PaymentMethod.BANK_TRANSFER) {
            assertThat(billing.statements().collect(again).payment().receivedAt()).isEqualTo(FIRST);
        } else {
            assertThatThrownBy(() -> billing.statements().collect(again)).isInstanceOf(DuplicateKeyException.class)
                    .hasMessage("Payment reference 'CP-1' was already applied to a different customer payment: "
                            + "CustomerPayment[CP-1 C-1 -> P-1 USD 60.00 BANK_TRANSFER 2024-02-10T00:00:00Z]");
        }
        assertUnchanged(billing);
    }

    /** The sides keep their references apart, so a payment goes to its own side's book, or nowhere. */
    @Test
    void eachSideRefusesThePaymentsOfTheOther() {
        PartnerBilling billing = billingWithFirstPayment();
        Payment partners = new Payment(PaymentReference.of("BANK-9"), P, BillingFixtures.usd("5.00"), FIRST,
                PaymentMethod.BANK_TRANSFER);
        assertThatThrownBy(() -> billing.statements().collect(partners)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Payment 'BANK-9' is paid by partner P-1: a partner's payment is applied to its bills "
                        + "(payments().apply), not collected for statements");
        Payment customers = payment("C-1", "5.00", FIRST, PaymentMethod.BANK_TRANSFER);
        assertThatThrownBy(() -> billing.payments().apply(customers)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Payment 'CP-1' is paid by customer C-1 of P-1: a customer's payment is collected by its "
                        + "reseller (statements().collect), not applied to bills");
        assertUnchanged(billing);
        assertThat(billing.payments().records(P)).isEmpty();
    }
}
