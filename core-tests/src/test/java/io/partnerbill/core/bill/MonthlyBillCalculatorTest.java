package io.partnerbill.core.bill;

import static io.partnerbill.testkit.BillingFixtures.CALENDAR;
import static io.partnerbill.testkit.BillingFixtures.CYCLE;
import static io.partnerbill.testkit.BillingFixtures.PARTNER;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.core.tax.TaxRequest;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class MonthlyBillCalculatorTest {

    private static final Instant AT = CALENDAR.start(CYCLE).plusSeconds(3600);
    private static final TaxPolicy TEN_PERCENT = request -> TaxBreakdown.of(request.base().getCurrency(),
            List.of(TaxComponent.of("VAT", BigDecimal.TEN, request.base(), ExactMoney.monetary(
                    ExactMoney.decimal(request.base()).multiply(new BigDecimal("0.1")).setScale(2, RoundingMode.HALF_UP),
                    request.base().getCurrency()))));
    private static final MonthlyBillCalculator CALC = MonthlyBillCalculator.of(TEN_PERCENT, CALENDAR, RoundingPolicy.BILL_TOTAL);

    private static BillLine line(BillType type, String settlement, int customer, int product, String orderId) {
        // No discount: settlement = expenditure, so the figures below are the settlement amounts.
        return BillingFixtures.line(type, new BigDecimal(settlement), DiscountRate.NONE, AT, customer, product, "r1",
                orderId, true);
    }

    private static MonetaryAmount usd(String value) {
        return ExactMoney.monetary(new BigDecimal(value), USD);
    }

    private static void assertAmount(MonetaryAmount actual, String expected) {
        assertThat(ExactMoney.decimal(actual)).isEqualByComparingTo(expected);
    }

    // E1 60.004 + E2 40.003 = 100.007; refund -10.002; net exact 90.005 -> 90.01 (HALF_UP), residue +0.005.
    private static final List<BillLine> MONTH = List.of(
            line(BillType.EXPENDITURE, "60.004", 1, 1, "E1"),
            line(BillType.EXPENDITURE, "40.003", 2, 2, "E2"),
            line(BillType.REFUND, "10.002", 1, 1, "R1"));

    @Test
    void calculate_workedExampleWithCouponsAndTax() {
        MonthlyBill bill = CALC.calculate(PARTNER, CYCLE, USD, MONTH, usd("20"));
        assertAmount(bill.expenditures(), "100.01");
        assertAmount(bill.refunds(), "-10.00");
        assertAmount(bill.adjustments(), "0");
        assertAmount(bill.unroundedNetSettlement(), "90.005");
        assertAmount(bill.netSettlement(), "90.01");
        assertAmount(bill.roundingResidue(), "0.005");
        assertAmount(bill.couponsUsed(), "20");
        // Tax 10 % of 90.01 = 9.001 -> 9.00; due = 90.01 - 20 + 9.00 = 79.01.
        assertAmount(bill.tax().total(), "9.00");
        assertThat(bill.tax().component("VAT")).isPresent();
        assertAmount(bill.amountDue(), "79.01");
        assertAmount(bill.credit(), "0");
        assertThat(bill.isNegative()).isFalse();
    }

    @Test
    void calculate_couponsNeverExceedTheNet() {
        MonthlyBill bill = CALC.calculate(PARTNER, CYCLE, USD, MONTH, usd("100"));
        // Used 90.01 of 100; tax is on the net before coupons: due = 0 + 9.00.
        assertAmount(bill.couponsUsed(), "90.01");
        assertAmount(bill.amountDue(), "9.00");
    }

    @Test
    void calculate_negativeMonthOwesNothingAndShowsTheCredit() {
        // Expenditure 100.00, refund -150.00: net -50.00, due 0, credit 50.00, no tax, no coupon used.
        MonthlyBill bill = CALC.calculate(PARTNER, CYCLE, USD, BillingFixtures.negativeMonth(), usd("10"));
        assertAmount(bill.netSettlement(), "-50.00");
        assertThat(bill.isNegative()).isTrue();
        assertAmount(bill.amountDue(), "0");
        assertAmount(bill.credit(), "50.00");
        assertAmount(bill.couponsUsed(), "0");
        assertThat(bill.tax().components()).isEmpty();
    }

    @Test
    void byProduct_listsRefundsUnderOthers() {
        MonthlyBill bill = CALC.calculate(PARTNER, CYCLE, USD, MONTH, usd("0"));
        ProductBreakdown view = bill.byProduct();
        assertThat(view.rows()).extracting(r -> r.product().value()).containsExactly("PRD-1", "PRD-2");
        // PRD-1 shows only its expenditure 60.004 -> 60.00; its refund sits under Others.
        assertAmount(view.rows().get(0).settlement(), "60.00");
        assertAmount(view.rows().get(1).settlement(), "40.00");
        assertAmount(view.othersRefunds(), "-10.00");
        // 60.00 + 40.00 - 10.00 = 90.00 shown; total 90.01; residue 0.01 is shown, not hidden.
        assertAmount(view.total(), "90.01");
        assertAmount(view.residue(), "0.01");
        assertThat(bill.byProduct("elsewhere").rows()).isEmpty();
    }

    @Test
    void byCustomer_totalsEachCustomer() {
        MonthlyBill bill = CALC.calculate(PARTNER, CYCLE, USD, MONTH, usd("0"));
        CustomerSummary c1 = bill.byCustomer().row(CustomerId.of("C-1")).orElseThrow();
        // C-1: 60.004 - 10.002 = 50.002 -> 50.00, two lines.
        assertAmount(c1.total(), "50.00");
        assertAmount(c1.refunds(), "-10.00");
        assertThat(c1.lineCount()).isEqualTo(2);
        // C-2: 40.003 -> 40.00; rows 90.00 against 90.01: residue 0.01.
        assertAmount(bill.byCustomer().residue(), "0.01");
    }

    @Test
    void calculate_roundsYenToWholeUnits() {
        CurrencyUnit jpy = Monetary.getCurrency("JPY");
        List<BillLine> lines = List.of(
                line(BillType.EXPENDITURE, "1000.4", 1, 1, "J1").toBuilder()
                        .customerExpenditure(ExactMoney.monetary(new BigDecimal("1000.4"), jpy))
                        .settlementAmount(ExactMoney.monetary(new BigDecimal("1000.4"), jpy)).build(),
                line(BillType.EXPENDITURE, "1000.4", 1, 1, "J2").toBuilder()
                        .customerExpenditure(ExactMoney.monetary(new BigDecimal("1000.4"), jpy))
                        .settlementAmount(ExactMoney.monetary(new BigDecimal("1000.4"), jpy)).build());
        MonthlyBill bill = MonthlyBillCalculator.of(TaxPolicy.none(), CALENDAR, RoundingPolicy.BILL_TOTAL)
                .calculate(PARTNER, CYCLE, jpy, lines, ExactMoney.monetary(BigDecimal.ZERO, jpy));
        // 2000.8 -> 2001 yen.
        assertThat(ExactMoney.decimal(bill.amountDue())).isEqualByComparingTo("2001");
        assertThat(bill.amountDue().getCurrency().getCurrencyCode()).isEqualTo("JPY");
    }

    @Test
    void estimate_hasNoTaxAndNoCoupons() {
        BillAccumulator acc = BillAccumulator.create(PARTNER, CYCLE, USD).addAll(MONTH);
        BillEstimate estimate = CALC.estimate(acc, LocalDate.of(2024, 1, 15));
        assertAmount(estimate.netSettlement(), "90.01");
        assertThat(estimate.asOf()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(estimate.lineCount()).isEqualTo(3);
    }

    @Test
    void taxDate_isTheIssueDate() {
        assertThat(CALC.taxDate(BillCycle.of(2023, 12))).isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void snapshot_keepsTextWithTabsNewlinesAndZeroRatedTax() {
        List<BillLine> lines = List.of(MONTH.get(0).toBuilder().productName("A\tB\nC \\ D").regionCode("r\t1").build());
        TaxPolicy reverse = r -> TaxBreakdown.of(USD, List.of(TaxComponent.zeroRated("VAT", r.base(), "reverse charge")));
        MonthlyBill bill = MonthlyBillCalculator.of(reverse, CALENDAR, RoundingPolicy.ofCurrencyScale(RoundingMode.DOWN))
                .calculate(PARTNER, CYCLE, USD, lines, usd("1"));
        MonthlyBill read = MonthlyBill.fromSnapshot(bill.snapshot());
        assertThat(read).isEqualTo(bill);
        assertThat(read.byProduct().rows().get(0).productName()).isEqualTo("A\tB\nC \\ D");
        assertThat(read.tax().components().get(0).zeroRatingReason()).contains("reverse charge");
        assertThat(read.rounding()).isEqualTo(RoundingPolicy.ofCurrencyScale(RoundingMode.DOWN));
        assertThatThrownBy(() -> MonthlyBill.fromSnapshot("not a bill"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Bill snapshot must start with 'partnerbill-bill-v1', was 'not a bill'");
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> CALC.calculate(PARTNER, CYCLE, USD, MONTH, usd("-1")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Coupons available must not be negative, was 'USD -1.00'");
        assertThatThrownBy(() -> CALC.calculate(PARTNER, CYCLE, USD, MONTH,
                ExactMoney.monetary(BigDecimal.ONE, Monetary.getCurrency("EUR"))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Coupons available is in EUR but USD was expected");
        assertThatThrownBy(() -> BillAccumulator.create(PartnerId.of("P-other"), CYCLE, USD).add(MONTH.get(0)))
                .isInstanceOf(CycleMismatchException.class)
                .hasMessage("Line 'E1' of partner 'P-100' and cycle 2024-01 cannot join the bill of partner 'P-other'"
                        + " and cycle 2024-01");
        assertThatThrownBy(() -> BillAccumulator.create(PARTNER, CYCLE, USD)
                .merge(BillAccumulator.create(PARTNER, CYCLE.next(), USD)))
                .isInstanceOf(CycleMismatchException.class)
                .hasMessage("Cannot merge the bill of partner 'P-100' and cycle 2024-02 into that of partner 'P-100'"
                        + " and cycle 2024-01");
        assertThatThrownBy(() -> BillAccumulator.create(PARTNER, CYCLE, Monetary.getCurrency("EUR")).add(MONTH.get(0)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Line 'E1' is in USD but EUR was expected");
    }

    @Test
    void refusesATaxPolicyThatBreaksTheContract() {
        TaxPolicy euro = r -> TaxBreakdown.none(Monetary.getCurrency("EUR"));
        assertThatThrownBy(() -> MonthlyBillCalculator.of(euro, CALENDAR, RoundingPolicy.BILL_TOTAL)
                .calculate(PARTNER, CYCLE, USD, MONTH, usd("0")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Tax breakdown is in EUR but USD was expected");
        TaxPolicy negative = r -> TaxBreakdown.of(USD, List.of(TaxComponent.of("VAT", BigDecimal.ONE, r.base(), usd("-1"))));
        assertThatThrownBy(() -> MonthlyBillCalculator.of(negative, CALENDAR, RoundingPolicy.BILL_TOTAL)
                .calculate(PARTNER, CYCLE, USD, MONTH, usd("0")))
                .isInstanceOf(PartnerBillingException.class)
                .hasMessage("Tax policy returned a negative component 'VAT 1% of USD 90.01 = USD -1.00'");
    }

    @Test
    void tax_answersWhatThePolicyAnswers_forABillOrAStatement() {
        TaxRequest bill = new TaxRequest(PARTNER, CYCLE, usd("90.01"), LocalDate.of(2024, 2, 5));
        TaxRequest statement = TaxRequest.ofCustomer(PARTNER, CustomerId.of("C-1"), CYCLE, usd("200"), LocalDate.of(2024, 2, 5));

        // 10 % of 90.01 = 9.001 -> 9.00 HALF_UP; 10 % of 200 = 20.00
        assertThat(ExactMoney.decimal(CALC.tax(bill).total())).isEqualByComparingTo("9.00");
        assertThat(ExactMoney.decimal(CALC.tax(statement).total())).isEqualByComparingTo("20.00");
    }

    @Test
    void tax_refusesAnAnswerThatBreaksTheContract() {
        TaxRequest statement = TaxRequest.ofCustomer(PARTNER, CustomerId.of("C-1"), CYCLE, usd("200"), LocalDate.of(2024, 2, 5));
        TaxPolicy euro = r -> TaxBreakdown.none(Monetary.getCurrency("EUR"));
        assertThatThrownBy(() -> MonthlyBillCalculator.of(euro, CALENDAR, RoundingPolicy.BILL_TOTAL).tax(statement))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Tax breakdown is in EUR but USD was expected");
        TaxPolicy negative = r -> TaxBreakdown.of(USD, List.of(TaxComponent.of("VAT", BigDecimal.ONE, r.base(), usd("-2"))));
        assertThatThrownBy(() -> MonthlyBillCalculator.of(negative, CALENDAR, RoundingPolicy.BILL_TOTAL).tax(statement))
                .isInstanceOf(PartnerBillingException.class)
                .hasMessage("Tax policy returned a negative component 'VAT 1% of USD 200.00 = USD -2.00'");
    }
}
