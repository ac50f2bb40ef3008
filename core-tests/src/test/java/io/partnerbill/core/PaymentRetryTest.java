package io.partnerbill.core;

import io.partnerbill.core.billing.PartnerBilling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A payment reference is applied once: a repeat (same partner, amount and method, whatever instant
 * the caller stamped) returns the first receipt; anything else under the reference is refused,
 * naming what differs, and changes nothing.
 */
class PaymentRetryTest {

    private static final PartnerId P = PartnerId.of("P-1");
    private static final BillCycle JAN = BillCycle.of(2024, 1);
    private static final Instant FIRST = Instant.parse("2024-02-10T00:00:00Z");

    private static MonetaryAmount usd(String value) {
        return ExactMoney.monetary(new BigDecimal(value), Monetary.getCurrency("USD"));
    }

    private static Payment payment(String partner, String amount, Instant at, PaymentMethod method) {
        return new Payment(PaymentReference.of("BANK-1"), PartnerId.of(partner), usd(amount), at, method);
    }

    /** January's bill of USD 100.00 issued, and USD 60.00 paid on it by BANK-1. */
    private static PartnerBilling billingWithFirstPayment() {
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        PartnerBilling billing = PartnerBilling.builder().currency("USD").clock(clock).build();
        billing.lines().append(BillLine.builder().cycle(JAN).partner(P).customer(CustomerId.of("C-1"))
                .billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of("O-1"))
                .product(ProductId.of("PRD-1")).productName("ECS").productType("Common products")
                .regionCode("ap-southeast-1").transactionTime(Instant.parse("2024-01-10T00:00:00Z"))
                .customerExpenditure(usd("100.00")).discount(DiscountRate.NONE).settleAtDiscount().build());
        clock.set(billing.calendar().issueInstant(JAN));
        billing.bills().issue(P, JAN);
        billing.payments().apply(payment("P-1", "60.00", FIRST, PaymentMethod.BANK_TRANSFER));
        return billing;
    }

    static Stream<Arguments> repeats() {
        return PaymentRepeats.of(FIRST, (amount, at) -> payment("P-1", amount, at, PaymentMethod.BANK_TRANSFER));
    }

    @ParameterizedTest
    @MethodSource("repeats")
    void apply_aRepeatReturnsTheFirstReceiptAndChangesNothing(Payment again) {
        PartnerBilling billing = billingWithFirstPayment();
        PaymentReceipt receipt = billing.payments().apply(again);
        assertThat(receipt.payment().receivedAt()).isEqualTo(FIRST);
        assertThat(receipt.applications()).extracting(a -> a.document().value() + " " + ExactMoney.format(a.amount()))
                .containsExactly("P-1/2024-01 USD 60.00");
        assertThat(ExactMoney.decimal(receipt.toCredit())).isEqualByComparingTo("0");
        // 100.00 - 60.00, once.
        assertThat(ExactMoney.decimal(billing.bills().issued(P, JAN).orElseThrow().outstanding())).isEqualByComparingTo("40.00");
        assertThat(billing.payments().records(P)).hasSize(1);
        assertThat(billing.payments().ledger(P).conservesMoney()).isTrue();
    }

    static Stream<Arguments> conflicts() {
        String first = ": Payment[BANK-1 P-1 USD 60.00 BANK_TRANSFER 2024-02-10T00:00:00Z]";
        String prefix = "Payment reference 'BANK-1' was already applied to a different payment (";
        return Stream.of(
                Arguments.of(payment("P-1", "61.00", FIRST, PaymentMethod.BANK_TRANSFER),
                        prefix + "amount USD 60.00, not USD 61.00)" + first),
                Arguments.of(payment("P-1", "60.00", FIRST.plusSeconds(60), PaymentMethod.CREDIT_CARD),
                        prefix + "method BANK_TRANSFER, not CREDIT_CARD)" + first),
                Arguments.of(payment("P-2", "60.00", FIRST, PaymentMethod.BANK_TRANSFER),
                        prefix + "partner P-1, not P-2)" + first),
                Arguments.of(payment("P-2", "0.01", FIRST, PaymentMethod.ACCOUNT_BALANCE),
                        prefix + "partner P-1, not P-2; amount USD 60.00, not USD 0.01;"
                                + " method BANK_TRANSFER, not ACCOUNT_BALANCE)" + first));
    }

    @ParameterizedTest
    @MethodSource("conflicts")
    void apply_aDifferentPaymentUnderTheReferenceIsRefusedNamingWhatDiffers(Payment other, String message) {
        PartnerBilling billing = billingWithFirstPayment();
        assertThatThrownBy(() -> billing.payments().apply(other))
                .isInstanceOf(DuplicateKeyException.class).hasMessage(message);
        assertThat(ExactMoney.decimal(billing.bills().issued(P, JAN).orElseThrow().outstanding())).isEqualByComparingTo("40.00");
        assertThat(billing.payments().records(P)).hasSize(1);
        assertThat(billing.payments().records(PartnerId.of("P-2"))).isEmpty();
    }

    /**
     * Any receive instant, and any choice of partner, amount and method changed: the payment is a repeat
     * exactly when none changed, and a refusal names exactly the changed ones, in that order.
     */
    @Property(tries = 300)
    void apply_isARepeatExactlyWhenPartnerAmountAndMethodAgree(
            @ForAll @LongRange(min = -86_400L * 365, max = 86_400L * 365) long secondsFromFirst,
            @ForAll boolean otherPartner, @ForAll @IntRange(min = 0, max = 2) int amountChange,
            @ForAll PaymentMethod method) {
        PartnerBilling billing = billingWithFirstPayment();
        // 60.00 again, 60 at another scale (the same amount), or one cent more.
        String amount = List.of("60.00", "60", "60.01").get(amountChange);
        Payment again = payment(otherPartner ? "P-2" : "P-1", amount, FIRST.plusSeconds(secondsFromFirst), method);
        List<String> differs = new java.util.ArrayList<>();
        if (otherPartner) {
            differs.add("partner P-1, not P-2");
        }
        if (amountChange == 2) {
            differs.add("amount USD 60.00, not USD 60.01");
        }
        if (method != PaymentMethod.BANK_TRANSFER) {
            differs.add("method BANK_TRANSFER, not " + method);
        }
        if (differs.isEmpty()) {
            assertThat(billing.payments().apply(again).payment().receivedAt()).isEqualTo(FIRST);
        } else {
            assertThatThrownBy(() -> billing.payments().apply(again)).isInstanceOf(DuplicateKeyException.class)
                    .hasMessage("Payment reference 'BANK-1' was already applied to a different payment ("
                            + String.join("; ", differs) + "): Payment[BANK-1 P-1 USD 60.00 BANK_TRANSFER 2024-02-10T00:00:00Z]");
        }
        assertThat(ExactMoney.decimal(billing.bills().issued(P, JAN).orElseThrow().outstanding())).isEqualByComparingTo("40.00");
        assertThat(billing.payments().records(P)).hasSize(1);
    }
}
