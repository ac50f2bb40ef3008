package io.partnerbill.core;

import io.partnerbill.core.billing.PartnerBilling;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.bill.BillEstimate;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.AmountDueView;
import io.partnerbill.core.payment.Coupon;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.MutableClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Amount Due view between the 1st and the issue instant: the closed, not yet issued month shows as
 * pending with its estimate (no tax, no coupons), and once issued only as an issued bill, never twice.
 */
class AmountDuePendingTest {

    private static final PartnerId P = PartnerId.of("P-1");
    private static final BillCycle JAN = BillCycle.of(2024, 1);
    private static final BillCycle FEB = BillCycle.of(2024, 2);
    private static final TaxPolicy TEN_PERCENT = request -> TaxBreakdown.of(request.base().getCurrency(),
            List.of(TaxComponent.of("VAT", BigDecimal.TEN, request.base(), ExactMoney.monetary(
                    ExactMoney.decimal(request.base()).multiply(new BigDecimal("0.1")).setScale(2, RoundingMode.HALF_UP),
                    request.base().getCurrency()))));

    private static MonetaryAmount usd(String value) {
        return ExactMoney.monetary(new BigDecimal(value), Monetary.getCurrency("USD"));
    }

    private static Instant beijing(String local) {
        return LocalDateTime.parse(local).atZone(BillingCalendar.BEIJING).toInstant();
    }

    private static BillLine line(BillCycle cycle, String orderId, BillType type, String amount, String localTime) {
        BillLine.Builder b = BillLine.builder().cycle(cycle).partner(P).customer(CustomerId.of("C-1")).billType(type)
                .orderType(type == BillType.REFUND ? OrderType.UNSUBSCRIPTION : OrderType.NEW_PURCHASE)
                .orderId(OrderId.of(orderId)).product(ProductId.of("PRD-1")).productName("ECS")
                .productType("Common products").regionCode("ap-southeast-1").transactionTime(beijing(localTime))
                .customerExpenditure(usd(amount)).discount(DiscountRate.NONE).settleAtDiscount();
        if (type == BillType.REFUND) {
            b.originalOrderId(OrderId.of("J1"));
        }
        return b.build();
    }

    /**
     * January: 100.00 - 20.00 = net 80.00; a USD 30.00 coupon and 10 % tax make its issued bill
     * 80.00 - 30.00 + 8.00 = 58.00 due. February: 40.00 on the 2nd.
     */
    private static PartnerBilling billing(MutableClock clock) {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").clock(clock).taxPolicy(TEN_PERCENT).build();
        billing.lines().append(line(JAN, "J1", BillType.EXPENDITURE, "100.00", "2024-01-10T10:00:00"));
        billing.lines().append(line(JAN, "J2", BillType.REFUND, "-20.00", "2024-01-20T10:00:00"));
        billing.lines().append(line(FEB, "F1", BillType.EXPENDITURE, "40.00", "2024-02-02T10:00:00"));
        billing.coupons().grant(Coupon.of(CouponId.of("CP-1"), P, usd("30.00"), beijing("2024-01-01T00:00:00"),
                beijing("2025-01-01T00:00:00")));
        return billing;
    }

    static Stream<Arguments> instants() {
        return Stream.of(
                // Beijing time, January issued first?, pending cycle and its net, issued bills owed, total owed,
                // running cycle and its net
                Arguments.of("2024-02-01T00:00:00", false, "2024-01 80.00", List.of(), "0.00", "2024-02 0.00"),
                Arguments.of("2024-02-05T11:59:59", false, "2024-01 80.00", List.of(), "0.00", "2024-02 40.00"),
                Arguments.of("2024-02-05T12:00:00", true, "", List.of("2024-01 58.00"), "58.00", "2024-02 40.00"),
                // the issuer has not run yet at the issue instant: still pending, still not owed
                Arguments.of("2024-02-05T12:00:00", false, "2024-01 80.00", List.of(), "0.00", "2024-02 40.00"),
                Arguments.of("2024-02-20T00:00:00", true, "", List.of("2024-01 58.00"), "58.00", "2024-02 40.00"),
                // the last second of January: January is running; December has no lines, so nothing is pending
                Arguments.of("2024-01-31T23:59:59", false, "", List.of(), "0.00", "2024-01 80.00"));
    }

    @ParameterizedTest
    @MethodSource("instants")
    void amountDue_showsTheClosedUnissuedMonthAsPendingUntilItsBillIsIssued(String beijingTime, boolean issueFirst,
            String pending, List<String> unpaid, String owed, String running) {
        Instant at = beijing(beijingTime);
        MutableClock clock = new MutableClock(at);
        PartnerBilling billing = billing(clock);
        if (issueFirst) {
            billing.bills().issue(P, JAN);
        }
        AmountDueView view = billing.bills().amountDue(P, at);
        assertThat(view.pendingEstimate().map(AmountDuePendingTest::describe).orElse("")).isEqualTo(pending);
        assertThat(view.unpaidBills()).extracting(b -> b.cycle() + " "
                + ExactMoney.decimal(b.outstanding()).setScale(2, RoundingMode.UNNECESSARY).toPlainString())
                .containsExactlyElementsOf(unpaid);
        assertThat(ExactMoney.decimal(view.totalOwed())).isEqualByComparingTo(owed);
        assertThat(describe(view.currentEstimate())).isEqualTo(running);
        // The pending estimate is the whole month: both January lines, no tax, no coupon.
        view.pendingEstimate().ifPresent(e -> {
            assertThat(e.lineCount()).isEqualTo(2);
            assertThat(e.asOf()).isEqualTo(java.time.LocalDate.of(2024, 1, 31));
            assertThat(ExactMoney.decimal(e.expenditures())).isEqualByComparingTo("100.00");
            assertThat(ExactMoney.decimal(e.refunds())).isEqualByComparingTo("-20.00");
        });
    }

    private static String describe(BillEstimate e) {
        return e.cycle() + " " + ExactMoney.decimal(e.netSettlement()).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * At any second of February and the first days of March, with January issued as soon as it may be:
     * January shows exactly once, as pending before its issue and as an unpaid bill after.
     */
    @Property(tries = 300)
    void januaryShowsExactlyOnce(@ForAll @LongRange(min = 0, max = 35L * 86_400 - 1) long secondsIntoFebruary) {
        Instant at = beijing("2024-02-01T00:00:00").plusSeconds(secondsIntoFebruary);
        MutableClock clock = new MutableClock(at);
        PartnerBilling billing = billing(clock);
        boolean issued = billing.calendar().isIssuable(JAN, at);
        if (issued) {
            billing.bills().issue(P, JAN);
        }
        AmountDueView view = billing.bills().amountDue(P, at);
        long asPending = view.pendingEstimate().filter(e -> e.cycle().equals(JAN)).stream().count();
        List<IssuedBill> asIssued = view.unpaidBills().stream().filter(b -> b.cycle().equals(JAN)).toList();
        assertThat(asPending + asIssued.size()).isEqualTo(1);
        assertThat(asPending).isEqualTo(issued ? 0 : 1);
        // Owed only once issued: 58.00 after, 0 before.
        assertThat(ExactMoney.decimal(view.totalOwed())).isEqualByComparingTo(issued ? "58.00" : "0");
    }
}
