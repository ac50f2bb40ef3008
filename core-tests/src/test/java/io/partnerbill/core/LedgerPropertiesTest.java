package io.partnerbill.core;

import io.partnerbill.core.billing.PartnerBilling;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.CreditPolicy;
import io.partnerbill.core.payment.LedgerSummary;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The ledger conserves money whatever the months, payments and their order. */
class LedgerPropertiesTest {

    private static final PartnerId P = PartnerId.of("P-1");
    private static final BillCycle FIRST = BillCycle.of(2024, 1);

    @Provide
    Arbitrary<List<List<BigDecimal>>> months() {
        // Each month: signed settlement amounts in cents; negatives are refunds, so some months go negative.
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(new BigDecimal("-300"), new BigDecimal("500"))
                .ofScale(2);
        return amount.list().ofMaxSize(5).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<BigDecimal>> payments() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("800")).ofScale(2).list().ofMaxSize(6);
    }

    private static PartnerBilling billing(MutableClock clock, CreditPolicy policy) {
        return PartnerBilling.builder().currency("USD").clock(clock).creditPolicy(policy).build();
    }

    private static void appendMonth(PartnerBilling billing, BillCycle cycle, List<BigDecimal> amounts) {
        Instant at = billing.calendar().start(cycle).plusSeconds(3600);
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal a = amounts.get(i);
            BillType type = a.signum() < 0 ? BillType.REFUND : BillType.EXPENDITURE;
            BillLine.Builder b = BillLine.builder().cycle(cycle).partner(P).customer(CustomerId.of("C-1")).billType(type)
                    .orderType(type == BillType.REFUND ? OrderType.UNSUBSCRIPTION : OrderType.NEW_PURCHASE)
                    .orderId(OrderId.of(cycle + "-" + i)).product(ProductId.of("PRD-1")).productName("ECS")
                    .productType("Common products").regionCode("r1").transactionTime(at)
                    .customerExpenditure(ExactMoney.monetary(a, Monetary.getCurrency("USD"))).discount(DiscountRate.NONE)
                    .settleAtDiscount();
            if (type == BillType.REFUND) {
                b.originalOrderId(OrderId.of("orig-" + i));
            }
            billing.lines().append(b.build());
        }
    }

    private static Payment payment(String ref, BigDecimal amount) {
        return new Payment(PaymentReference.of(ref), P, ExactMoney.monetary(amount, Monetary.getCurrency("USD")),
                Instant.parse("2025-01-01T00:00:00Z"), PaymentMethod.ACCOUNT_BALANCE);
    }

    private static void assertSound(PartnerBilling billing) {
        LedgerSummary ledger = billing.payments().ledger(P);
        assertThat(ledger.conservesMoney()).as("%s", ledger).isTrue();
        for (IssuedBill bill : billing.bills().issuedBills(P)) {
            assertThat(ExactMoney.decimal(bill.outstanding())).as("outstanding of %s", bill)
                    .isBetween(BigDecimal.ZERO, ExactMoney.decimal(bill.amountDue()));
        }
        assertThat(ExactMoney.decimal(ledger.unappliedCredit())).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }

    @Property(tries = 200)
    void everyStepConservesMoney(@ForAll("months") List<List<BigDecimal>> months,
            @ForAll("payments") List<BigDecimal> payments, @ForAll boolean carryForward, @ForAll long seed) {
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        PartnerBilling billing = billing(clock, carryForward ? CreditPolicy.CARRY_FORWARD : CreditPolicy.ZERO_DUE);
        Random random = new Random(seed);
        int paid = 0;
        for (int m = 0; m < months.size(); m++) {
            BillCycle cycle = FIRST.plusMonths(m);
            appendMonth(billing, cycle, months.get(m));
            clock.set(billing.calendar().issueInstant(cycle));
            billing.bills().issue(P, cycle);
            assertSound(billing);
            // Some payments land between issues, in the order given.
            while (paid < payments.size() && random.nextBoolean()) {
                billing.payments().apply(payment("REF-" + paid, payments.get(paid)));
                paid++;
                assertSound(billing);
            }
        }
    }

    @Property(tries = 200)
    void paymentOrderDoesNotChangeWhatIsOwed(@ForAll("months") List<List<BigDecimal>> months,
            @ForAll("payments") List<BigDecimal> payments, @ForAll boolean carryForward, @ForAll long seed) {
        List<BigDecimal> shuffled = new ArrayList<>(payments);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(owedAfter(months, shuffled, carryForward)).isEqualByComparingTo(owedAfter(months, payments, carryForward));
    }

    private static BigDecimal owedAfter(List<List<BigDecimal>> months, List<BigDecimal> payments, boolean carryForward) {
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        PartnerBilling billing = billing(clock, carryForward ? CreditPolicy.CARRY_FORWARD : CreditPolicy.ZERO_DUE);
        for (int m = 0; m < months.size(); m++) {
            BillCycle cycle = FIRST.plusMonths(m);
            appendMonth(billing, cycle, months.get(m));
            clock.set(billing.calendar().issueInstant(cycle));
            billing.bills().issue(P, cycle);
        }
        for (int i = 0; i < payments.size(); i++) {
            billing.payments().apply(payment("REF-" + i, payments.get(i)));
        }
        assertSound(billing);
        return ExactMoney.decimal(billing.payments().ledger(P).totalOwed());
    }
}
