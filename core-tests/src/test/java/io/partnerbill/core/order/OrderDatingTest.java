package io.partnerbill.core.order;

import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.dec;
import static io.partnerbill.core.testing.OrdersFixture.order;
import static io.partnerbill.core.testing.OrdersFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BeforeOriginalOrderException;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.testing.OrdersFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A refund or adjustment is dated at or after the order it names: one dated before it would
 * land in an earlier cycle (that month's bill negative) and is refused, changing nothing; the
 * same instant as the order is accepted.
 */
class OrderDatingTest {

    /** The original order: 2 March 2024, 10:00 Beijing (02:00 UTC), USD 100 against a package budget of 1000. */
    private static final Instant ORDERED = beijing(2024, 3, 2, 10, 0);

    static Stream<Arguments> datings() {
        return Stream.of(
                // before the order: refused
                Arguments.of("a nanosecond before, same cycle", ORDERED.minusNanos(1), false),
                Arguments.of("a day before, same cycle", ORDERED.minus(Duration.ofDays(1)), false),
                Arguments.of("the month before, another cycle", beijing(2024, 2, 20, 9, 0), false),
                // at the order's instant: accepted (it lands in the order's own cycle)
                Arguments.of("the same instant", ORDERED, true),
                // after the order: accepted
                Arguments.of("a nanosecond after, same cycle", ORDERED.plusNanos(1), true),
                Arguments.of("the month after, another cycle", beijing(2024, 4, 3, 9, 0), true));
    }

    private static OrdersFixture world() {
        OrdersFixture f = OrdersFixture.create();
        PartnerId reseller = f.approvedReseller("acme");
        CustomerId li = f.customer(reseller, "li");
        f.billing.budgets().set(li, Budget.ofPackage(usd("1000")), "ops");
        f.billing.orders().place(order("o-1", li, "100", ORDERED).build());
        return f;
    }

    @ParameterizedTest(name = "refund {0}")
    @MethodSource("datings")
    void refund_isRefusedOnlyBeforeItsOrder(String name, Instant at, boolean accepted) {
        OrdersFixture f = world();
        Refund refund = Refund.unsubscription(OrderId.of("r-1"), OrderId.of("o-1"), usd("40"), at);
        if (accepted) {
            assertThat(dec(f.billing.orders().refund(refund).settlementAmount())).isEqualByComparingTo("-40");
            assertThat(dec(f.billing.budgets().used(CustomerId.of("li")))).isEqualByComparingTo("60");
            assertThat(f.billing.lines().find(OrderId.of("r-1")).orElseThrow().cycle()).isEqualTo(BillCycle.of(at.atZone(
                    OrdersFixture.BEIJING).getYear(), at.atZone(OrdersFixture.BEIJING).getMonthValue()));
            return;
        }
        assertThatThrownBy(() -> f.billing.orders().refund(refund))
                .isInstanceOf(BeforeOriginalOrderException.class)
                .hasMessage("Refund 'r-1' at " + at + " is dated before its original order 'o-1' at 2024-03-02T02:00:00Z");
        assertNothingChanged(f);
    }

    @ParameterizedTest(name = "adjustment {0}")
    @MethodSource("datings")
    void adjustment_isRefusedOnlyBeforeItsOrder(String name, Instant at, boolean accepted) {
        OrdersFixture f = world();
        Adjustment adjustment = Adjustment.of(OrderId.of("a-1"), OrderId.of("o-1"), usd("-15"), at);
        if (accepted) {
            assertThat(dec(f.billing.orders().adjust(adjustment).settlementAmount())).isEqualByComparingTo("-15");
            return;
        }
        assertThatThrownBy(() -> f.billing.orders().adjust(adjustment))
                .isInstanceOf(BeforeOriginalOrderException.class)
                .hasMessage("Adjustment 'a-1' at " + at + " is dated before its original order 'o-1' at 2024-03-02T02:00:00Z");
        assertNothingChanged(f);
    }

    private static void assertNothingChanged(OrdersFixture f) {
        assertThat(f.billing.lines().find(OrderId.of("r-1"))).isEmpty();
        assertThat(f.billing.lines().find(OrderId.of("a-1"))).isEmpty();
        assertThat(f.billing.lines().ofCycle(PartnerId.of("acme"), BillCycle.of(2024, 2))).isEmpty();
        assertThat(f.billing.lines().ofCycle(PartnerId.of("acme"), BillCycle.of(2024, 3))).hasSize(1);
        assertThat(dec(f.billing.budgets().used(CustomerId.of("li")))).isEqualByComparingTo("100");
        assertThat(dec(f.billing.orders().charge(OrderId.of("o-1")).orElseThrow().refundedFee())).isEqualByComparingTo("0");
    }
}
