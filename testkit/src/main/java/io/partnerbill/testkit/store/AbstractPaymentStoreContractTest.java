package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillId;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.payment.Coupon;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import javax.money.MonetaryAmount;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.PaymentStore;
import io.partnerbill.core.store.CouponStore;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.billing.PartnerBilling;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.jspecify.annotations.Nullable;

/** What every {@link PaymentStore} and {@link CouponStore} must do. */
public abstract class AbstractPaymentStoreContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractPaymentStoreContractTest() {
    }

    private static final PartnerId PARTNER = PartnerId.of("P-1");
    private static final Instant AT = Instant.parse("2024-02-10T00:00:00Z");

    private static Payment payment(String reference, String amount) {
        return new Payment(PaymentReference.of(reference), PARTNER, BillingFixtures.usd(amount), AT, PaymentMethod.BANK_TRANSFER);
    }

    @Test
    public void paymentsAreKeptOncePerReferenceInOrder() {
        store.payments().insert(payment("REF-2", "10.5"));
        store.payments().insert(payment("REF-1", "0.00000001"));
        assertThatThrownBy(() -> store.payments().insert(payment("REF-1", "3")))
                .isInstanceOf(DuplicateKeyException.class).hasMessage("Payment 'REF-1' already exists");
        assertThat(store.payments().find(PaymentReference.of("REF-1"))).contains(payment("REF-1", "0.00000001"));
        assertThat(store.payments().ofPartner(PARTNER)).extracting(p -> p.reference().value())
                .containsExactly("REF-2", "REF-1");
        assertThat(store.payments().ofPartner(PartnerId.of("P-2"))).isEmpty();
    }

    @Test
    public void applicationsAreFoundByPaymentAndByBill() {
        store.payments().insert(payment("REF-1", "10"));
        PaymentApplication a = new PaymentApplication(PaymentReference.of("REF-1"), BillId.of("B1"), BillingFixtures.usd("6"));
        PaymentApplication b = new PaymentApplication(PaymentReference.of("REF-1"), BillId.of("B2"), BillingFixtures.usd("4"));
        store.payments().insert(a);
        store.payments().insert(b);
        assertThat(store.payments().applicationsOf(PaymentReference.of("REF-1"))).containsExactly(a, b);
        assertThat(store.payments().applicationsTo(BillId.of("B2"))).containsExactly(b);
    }

    @Test
    public void creditEntriesAreKeptInOrder() {
        CreditEntry grant = new CreditEntry(PARTNER, BillingFixtures.usd("5"), CreditEntry.Kind.OVERPAYMENT, "REF-1", AT);
        CreditEntry use = new CreditEntry(PARTNER, BillingFixtures.usd("-2"), CreditEntry.Kind.APPLIED_TO_BILL, "B1", AT.plusSeconds(1));
        store.payments().insert(grant);
        store.payments().insert(use);
        assertThat(store.payments().creditsOf(PARTNER)).containsExactly(grant, use);
    }

    @Test
    public void couponsKeepTheirBalance() {
        Coupon coupon = Coupon.of(CouponId.of("CP-1"), PARTNER, BillingFixtures.usd("20"), AT, AT.plusSeconds(86400 * 30));
        store.coupons().insert(coupon);
        assertThatThrownBy(() -> store.coupons().insert(coupon))
                .isInstanceOf(DuplicateKeyException.class).hasMessage("Coupon 'CP-1' already exists");
        store.coupons().update(coupon.use(BillingFixtures.usd("7.25")));
        assertThat(BillingFixtures.decimal(store.coupons().find(CouponId.of("CP-1")).orElseThrow().balance()))
                .isEqualByComparingTo("12.75");
        assertThatThrownBy(() -> store.coupons().update(Coupon.of(CouponId.of("CP-9"), PARTNER, BillingFixtures.usd("1"), AT, AT.plusSeconds(1))))
                .isInstanceOf(UnknownEntityException.class).hasMessage("Unknown coupon 'CP-9'");
    }

    @Test
    public void couponsAreListedByEndOfValidity() {
        store.coupons().insert(Coupon.of(CouponId.of("CP-A"), PARTNER, BillingFixtures.usd("1"), AT, AT.plusSeconds(900)));
        store.coupons().insert(Coupon.of(CouponId.of("CP-B"), PARTNER, BillingFixtures.usd("1"), AT, AT.plusSeconds(100)));
        assertThat(store.coupons().ofPartner(PARTNER)).extracting(c -> c.id().value()).containsExactly("CP-B", "CP-A");
    }

    @Test
    public void aFailedTransactionLeavesNoPaymentApplicationOrCredit() {
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.payments().insert(payment("REF-1", "10"));
            s.payments().insert(new PaymentApplication(PaymentReference.of("REF-1"), BillId.of("B1"), BillingFixtures.usd("6")));
            s.payments().insert(new CreditEntry(PARTNER, BillingFixtures.usd("4"), CreditEntry.Kind.OVERPAYMENT, "REF-1", AT));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.payments().find(PaymentReference.of("REF-1"))).isEmpty();
        assertThat(store.payments().applicationsTo(BillId.of("B1"))).isEmpty();
        assertThat(store.payments().creditsOf(PARTNER)).isEmpty();
    }

    // The facade's one rule for payment amounts, over this store: a whole number of the
    // currency's smallest unit, and less than 10^30 (a NUMERIC(38, 8) column's 30 integer digits).

    private record AmountCase(String currency, String amount, @Nullable String refusal) {
    }

    private static final String NINES = "9".repeat(30);

    private static List<AmountCase> amountCases() {
        String tooLarge = " is too large: a payment must be less than 10^30 (30 integer digits, what every store keeps)";
        return List.of(
                // finer than the smallest unit: refused
                new AmountCase("USD", "0.001", "Payment 'PAY' of USD 0.001 has more decimal places than USD's smallest unit, 0.01"),
                new AmountCase("USD", "69.999", "Payment 'PAY' of USD 69.999 has more decimal places than USD's smallest unit, 0.01"),
                new AmountCase("JPY", "0.5", "Payment 'PAY' of JPY 0.5 has more decimal places than JPY's smallest unit, 1"),
                // beyond what every store keeps: refused
                new AmountCase("USD", "1" + "0".repeat(30), "Payment 'PAY' of USD 1" + "0".repeat(30) + ".00" + tooLarge),
                new AmountCase("USD", "1E+40", "Payment 'PAY' of USD 1" + "0".repeat(40) + ".00" + tooLarge),
                new AmountCase("JPY", "1" + "0".repeat(30), "Payment 'PAY' of JPY 1" + "0".repeat(30) + tooLarge),
                // the smallest unit, trailing zeros, and the largest payment: accepted and kept exactly
                new AmountCase("USD", "0.01", null),
                new AmountCase("USD", "12.50000", null),
                new AmountCase("USD", NINES + ".99", null),
                new AmountCase("JPY", "1", null),
                new AmountCase("JPY", NINES, null));
    }

    @TestFactory
    public Stream<DynamicTest> apply_refusesAmountsFinerThanTheCurrencyOrBeyondEveryStore() {
        return amountCases().stream().map(c -> DynamicTest.dynamicTest(c.currency() + " " + c.amount(), () -> {
            BillingStore fresh = createStore();
            PartnerBilling billing = PartnerBilling.builder().currency(c.currency()).store(fresh)
                    .clock(Clock.fixed(AT, ZoneOffset.UTC)).build();
            Payment payment = new Payment(PaymentReference.of("PAY"), PARTNER,
                    BillingFixtures.money(c.amount(), Monetary.getCurrency(c.currency())), AT, PaymentMethod.BANK_TRANSFER);
            String refusal = c.refusal();
            if (refusal != null) {
                assertThatThrownBy(() -> billing.payments().apply(payment))
                        .isInstanceOf(InvalidValueException.class).hasMessage(refusal);
                assertThat(fresh.payments().find(PaymentReference.of("PAY"))).isEmpty();
                assertThat(fresh.payments().creditsOf(PARTNER)).isEmpty();
                return;
            }
            // No bill is owed: the whole payment becomes credit, and reads back exactly.
            assertThat(BillingFixtures.decimal(billing.payments().apply(payment).toCredit()))
                    .isEqualByComparingTo(c.amount());
            assertThat(fresh.payments().find(PaymentReference.of("PAY"))).contains(payment);
            assertThat(BillingFixtures.decimal(billing.payments().creditBalance(PARTNER))).isEqualByComparingTo(c.amount());
        }));
    }
}
