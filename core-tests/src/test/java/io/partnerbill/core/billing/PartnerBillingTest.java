package io.partnerbill.core.billing;

import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import static io.partnerbill.testkit.BillingFixtures.CALENDAR;
import static io.partnerbill.testkit.BillingFixtures.CYCLE;
import static io.partnerbill.testkit.BillingFixtures.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.bill.BillEstimate;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.store.AppendOutcome;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class PartnerBillingTest {

    private final PartnerBilling billing = PartnerBilling.builder().currency("USD").build();

    private static BillLine line(String orderId, Instant at, String amount) {
        return BillingFixtures.line(BillType.EXPENDITURE, new BigDecimal(amount), DiscountRate.parse("12.00% off"), at, 1,
                1, "cn-north-4", orderId, false);
    }

    @Test
    void linesAppendedThroughTheFacadeMakeTheBill() {
        Instant day3 = CALENDAR.start(CYCLE).plusSeconds(2 * 86400);
        assertThat(billing.lines().append(line("O-1", day3, "100"))).isEqualTo(AppendOutcome.APPENDED);
        assertThat(billing.lines().append(line("O-1", day3, "100"))).isEqualTo(AppendOutcome.ALREADY_PRESENT);
        billing.lines().append(line("O-2", day3.plusSeconds(20 * 86400), "50"));
        MonthlyBill bill = billing.bills().calculate(PARTNER, CYCLE);
        // 100 x 0.88 + 50 x 0.88 = 132.00
        assertThat(ExactMoney.decimal(bill.amountDue())).isEqualByComparingTo("132.00");
        assertThat(billing.lines().ofCustomer(PARTNER, CYCLE, CustomerId.of("C-1"))).hasSize(2);
        assertThat(billing.lines().count(PARTNER, CYCLE)).isEqualTo(2);
    }

    @Test
    void estimate_countsLinesUpToTheEndOfTheDayInBeijing() {
        // 2024-01-10 23:59:59 Beijing is 15:59:59 UTC; 2024-01-11 00:00 Beijing is 16:00 UTC.
        billing.lines().append(line("O-1", Instant.parse("2024-01-10T15:59:59Z"), "100"));
        billing.lines().append(line("O-2", Instant.parse("2024-01-10T16:00:00Z"), "50"));
        BillEstimate estimate = billing.bills().estimate(PARTNER, LocalDate.of(2024, 1, 10));
        assertThat(estimate.lineCount()).isEqualTo(1);
        assertThat(ExactMoney.decimal(estimate.netSettlement())).isEqualByComparingTo("88.00");
        assertThat(billing.bills().estimate(PARTNER, LocalDate.of(2024, 1, 11)).lineCount()).isEqualTo(2);
    }

    @Test
    void append_refusesALineOutsideItsCycle() {
        // 2024-01-31T16:00Z is already February in Beijing.
        BillLine february = line("O-9", Instant.parse("2024-01-31T16:00:00Z"), "1");
        assertThatThrownBy(() -> billing.lines().append(february))
                .isInstanceOf(CycleMismatchException.class)
                .hasMessage("Line 'O-9' at 2024-01-31T16:00:00Z does not lie in cycle 2024-01 (2023-12-31T16:00:00Z .."
                        + " 2024-01-31T16:00:00Z exclusive, Asia/Shanghai)");
        assertThat(billing.lines().count(PARTNER, CYCLE)).isZero();
    }

    @Test
    void appendAll_isAllOrNothing() {
        Instant at = CALENDAR.start(CYCLE).plusSeconds(60);
        billing.lines().append(line("O-2", at, "5"));
        List<BillLine> batch = List.of(line("O-1", at, "1"), line("O-2", at, "6"));
        assertThatThrownBy(() -> billing.lines().appendAll(batch)).isInstanceOf(DuplicateKeyException.class);
        assertThat(billing.lines().find(OrderId.of("O-1"))).isEmpty();
        assertThat(billing.lines().appendAll(List.of(line("O-1", at, "1"), line("O-2", at, "5")))).isEqualTo(1);
    }

    @Test
    void append_refusesAnotherCurrency() {
        BillLine euro = line("O-1", CALENDAR.start(CYCLE), "1").toBuilder()
                .customerExpenditure(ExactMoney.monetary(BigDecimal.ONE, Monetary.getCurrency("EUR")))
                .settlementAmount(ExactMoney.monetary(BigDecimal.ONE, Monetary.getCurrency("EUR"))).build();
        assertThatThrownBy(() -> billing.lines().append(euro))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Line 'O-1' is in EUR but USD was expected");
    }

    @Test
    void builder_needsAKnownCurrency() {
        assertThatThrownBy(() -> PartnerBilling.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("PartnerBilling needs a billing currency: call currency(\"USD\") or similar");
        assertThatThrownBy(() -> PartnerBilling.builder().currency("XYZ1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown currency 'XYZ1'");
    }
}
