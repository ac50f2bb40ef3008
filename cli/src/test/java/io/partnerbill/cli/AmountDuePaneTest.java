package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Amount Due pane that {@code pay} prints: the closed month shows as pending until its bill is issued. */
class AmountDuePaneTest {

    private static final BillCycle MAY = BillCycle.of(2024, 5);

    private static Instant beijing(String local) {
        return LocalDateTime.parse(local).atZone(BillingCalendar.BEIJING).toInstant();
    }

    private static BillLine line(BillCycle cycle, String order, String amount, String localTime) {
        return BillLine.builder().cycle(cycle).partner(DemoWorld.PARTNER).customer(CustomerId.of("C-1"))
                .billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of(order))
                .product(ProductId.of("PRD-1")).productName("ECS").productType("Common products")
                .regionCode("ap-southeast-1").transactionTime(beijing(localTime))
                .customerExpenditure(DemoWorld.inr(new BigDecimal(amount))).discount(DiscountRate.NONE).settleAtDiscount()
                .build();
    }

    static Stream<Arguments> instants() {
        String running = "Running: 2024-06 estimate as of %s INR 250.00 (1 line, no tax, no coupons)\n";
        return Stream.of(
                Arguments.of("2024-06-03T10:00:00", false, "Still owed: INR 0.00\n"
                        + "Pending: 2024-05 is closed, its bill is issued at 2024-06-05T12:00 Asia/Shanghai;"
                        + " estimate INR 1,000.00 (2 lines, no tax, no coupons)\n" + running.formatted("2024-06-03")),
                Arguments.of("2024-06-05T11:59:59", false, "Still owed: INR 0.00\n"
                        + "Pending: 2024-05 is closed, its bill is issued at 2024-06-05T12:00 Asia/Shanghai;"
                        + " estimate INR 1,000.00 (2 lines, no tax, no coupons)\n" + running.formatted("2024-06-05")),
                // issued: the month is owed (with the demo partner's 18 % GST) and no longer pending
                Arguments.of("2024-06-05T12:00:00", true, "Still owed: INR 1,180.00\n"
                        + "  2024-05 PB-2024-000001 UNPAID, outstanding INR 1,180.00\n" + running.formatted("2024-06-05")));
    }

    @ParameterizedTest
    @MethodSource("instants")
    void pay_printsTheClosedMonthAsPendingUntilItsBillIsIssued(String beijingTime, boolean issued, String expected) {
        Instant at = beijing(beijingTime);
        PartnerBilling billing = PartnerBilling.builder().currency(DemoWorld.CURRENCY).taxPolicy(DemoWorld.taxPolicy())
                .clock(new DemoClock(at)).build();
        billing.lines().append(line(MAY, "O-1", "600.00", "2024-05-10T10:00:00"));
        billing.lines().append(line(MAY, "O-2", "400.00", "2024-05-31T23:00:00"));
        billing.lines().append(line(MAY.next(), "O-3", "250.00", "2024-06-02T10:00:00"));
        if (issued) {
            billing.bills().issue(DemoWorld.PARTNER, MAY);
        }
        StringWriter text = new StringWriter();
        PayCommand.printAmountDue(new PrintWriter(text, true), billing.bills().amountDue(DemoWorld.PARTNER, at),
                billing.calendar());
        assertThat(text.toString().replace(System.lineSeparator(), "\n")).isEqualTo(expected);
    }
}
