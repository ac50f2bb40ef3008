package io.partnerbill.testkit;

import static io.partnerbill.testkit.BillingAssertions.assertThatBill;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.tax.TaxPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;

class BillingArbitrariesTest {

    private static final BillingCalendar BEIJING = BillingCalendar.beijing();

    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().arbitrary();
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void monthsAreValidAndReconcile(@ForAll("months") List<BillLine> lines) {
        BillCycle cycle = BillCycle.of(2024, 1);
        Set<OrderId> ids = new HashSet<>();
        Map<OrderId, BillLine> byId = new HashMap<>();
        BigDecimal expenditures = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;
        for (BillLine line : lines) {
            assertThat(ids.add(line.orderId())).as("distinct order ids").isTrue();
            byId.put(line.orderId(), line);
            assertThat(BEIJING.contains(cycle, line.transactionTime())).as("%s lies in its cycle", line).isTrue();
            if (line.billType() == BillType.EXPENDITURE) {
                expenditures = expenditures.add(line.settlementDecimal());
            } else if (line.billType() == BillType.REFUND) {
                refunds = refunds.add(line.settlementDecimal().negate());
            }
        }
        for (BillLine line : lines) {
            if (line.billType() == BillType.REFUND && byId.containsKey(line.originalOrderId().orElseThrow())) {
                BillLine original = byId.get(line.originalOrderId().orElseThrow());
                assertThat(line.expenditureDecimal().negate()).isLessThanOrEqualTo(original.expenditureDecimal());
                assertThat(line.transactionTime()).isAfterOrEqualTo(original.transactionTime());
            }
        }
        MonthlyBill bill = MonthlyBillCalculator.of(TaxPolicy.none(), BEIJING, RoundingPolicy.BILL_TOTAL)
                .calculate(PartnerId.of("P-TEST"), cycle, BillingFixtures.USD, lines, BillingFixtures.usd("0"));
        assertThatBill(bill).reconcilesWith(lines).hasNonNegativeAmountDue().followsTheAmountDueFormula();
        Statistics.label("shape").collect(lines.isEmpty() ? "empty" : refunds.compareTo(expenditures) > 0
                ? "refunds exceed expenditures" : "ordinary");
        Statistics.label("shape").coverage(c -> {
            c.check("empty").count(n -> n > 0);
            c.check("refunds exceed expenditures").count(n -> n > 0);
            c.check("ordinary").percentage(p -> p > 50);
        });
    }

    @Provide
    Arbitrary<Instant> januaryInstants() {
        return BillingArbitraries.instantsIn(BillCycle.of(2024, 1), BEIJING);
    }

    @Provide
    Arbitrary<List<BillLine>> hugeMonths() {
        return BillingArbitraries.months().maxAmount(HUGE).arbitrary();
    }

    // Past a long of 10^-8 units (92,233,720,368.54775807): amounts must not wrap around.
    private static final BigDecimal HUGE = new BigDecimal("500000000000");

    @Property
    void amountsPastTheLongRangeStayWithinTheMaximum(@ForAll("hugeMonths") List<BillLine> lines) {
        for (BillLine line : lines) {
            BigDecimal magnitude = line.expenditureDecimal().abs();
            assertThat(magnitude).as(line.orderId().value()).isLessThanOrEqualTo(HUGE);
            assertThat(line.expenditureDecimal().scale()).isEqualTo(8);
        }
        Statistics.label("past the long range").collect(lines.stream()
                .anyMatch(l -> l.expenditureDecimal().abs().compareTo(new BigDecimal("92233720368.54775807")) > 0));
        Statistics.label("past the long range").coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void instantsLieInTheCycleAndHitItsEdges(@ForAll("januaryInstants") Instant at) {
        assertThat(BEIJING.contains(BillCycle.of(2024, 1), at)).isTrue();
        // 2024-01-01 00:00:00 and 2024-01-31 23:59:59 in Beijing.
        String edge = at.equals(Instant.parse("2023-12-31T16:00:00Z")) ? "first"
                : at.equals(Instant.parse("2024-01-31T15:59:59Z")) ? "last" : "inside";
        Statistics.label("edge").collect(edge);
        Statistics.label("edge").coverage(c -> {
            c.check("first").count(n -> n > 0);
            c.check("last").count(n -> n > 0);
        });
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void amountsHaveEightDecimalsAndIncludeTheSmallestUnit(
            @ForAll("amounts") BigDecimal amount) {
        assertThat(amount.scale()).isEqualTo(8);
        assertThat(amount).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        Statistics.label("smallest").collect(amount.compareTo(new BigDecimal("0.00000001")) == 0);
        Statistics.label("smallest").coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return BillingArbitraries.amounts(BigDecimal.ZERO, new BigDecimal("100"));
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void currenciesIncludeZeroAndThreeDecimalOnes(@ForAll("currencies") CurrencyUnit currency) {
        Statistics.label("digits").collect(currency.getDefaultFractionDigits());
        Statistics.label("digits").coverage(c -> {
            c.check(0).count(n -> n > 0);
            c.check(3).count(n -> n > 0);
        });
    }

    @Provide
    Arbitrary<CurrencyUnit> currencies() {
        return BillingArbitraries.currencies();
    }

    @Provide
    Arbitrary<List<Discount>> schedules() {
        return BillingArbitraries.discountSchedules(PartnerId.of("P-1"), 3, Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Property
    void discountSchedulesNeverOverlapForAProduct(@ForAll("schedules") List<Discount> discounts) {
        for (Discount a : discounts) {
            for (Discount b : discounts) {
                if (a != b && a.product().equals(b.product())) {
                    assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isFalse();
                }
            }
        }
        assertThat(discounts).extracting(Discount::product).hasSizeGreaterThanOrEqualTo(3);
    }

    @Provide
    Arbitrary<List<Payment>> payments() {
        return BillingArbitraries.payments(PartnerId.of("P-1"), BillingFixtures.USD, new BigDecimal("500"),
                Instant.parse("2024-02-06T00:00:00Z"));
    }

    @Property
    void paymentsArePositiveWithDistinctReferences(@ForAll("payments") List<Payment> payments) {
        assertThat(payments).extracting(Payment::reference).doesNotHaveDuplicates();
        assertThat(payments).allSatisfy(p -> assertThat(BillingFixtures.decimal(p.amount())).isPositive());
    }

    @Test
    void knobsAreChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BillingArbitraries.months().mix(10, 0.8, 0.3))
                .hasMessage("Month mix must have 0 or more lines and shares adding to at most 1, was 10, 0.8, 0.3");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BillingArbitraries.months().shape(0, 1, List.of("r")))
                .hasMessage("A month needs at least one customer, product and region, was 0, 1, [r]");
    }
}
