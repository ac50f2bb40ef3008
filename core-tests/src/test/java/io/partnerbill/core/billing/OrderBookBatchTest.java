package io.partnerbill.core.billing;

import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.dec;
import static io.partnerbill.core.testing.OrdersFixture.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateOrderException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.testing.OrdersFixture;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderBookBatchTest {

    private final OrdersFixture fx = OrdersFixture.create();
    private final OrderBook orders = fx.billing.orders();
    private final Instant at = beijing(2024, 3, 10, 14, 0);
    private CustomerId c1;

    @BeforeEach
    void setUp() {
        PartnerId p1 = fx.approvedReseller("P1");
        c1 = fx.customerWithBudget(p1, "C1", "1000");
    }

    @Test
    void placeAll_refusedOrderIsUndoneAlone_andOutcomesKeepInputOrder() {
        List<OrderOutcome> outcomes = orders.placeAll(List.of(order("O1", c1, "600", at).build(),
                order("O2", c1, "500", at).build(), order("O3", c1, "300", at).build()));

        assertThat(outcomes).extracting(OrderOutcome::isPlaced).containsExactly(true, false, true);
        assertThat(outcomes.get(0).orThrow().orderId()).isEqualTo(OrderId.of("O1"));
        assertThat(outcomes.get(2).orThrow().orderId()).isEqualTo(OrderId.of("O3"));
        assertThat(outcomes.get(1).refusal()).get().isInstanceOf(BudgetExceededException.class);
        assertThatThrownBy(outcomes.get(1)::orThrow).isInstanceOf(BudgetExceededException.class)
                .hasMessageContaining("400").hasMessageContaining("500");
        // 1000 - 600 - 300 = 100
        assertThat(dec(fx.billing.budgets().remaining(c1))).isEqualByComparingTo("100");
        assertThat(fx.billing.lines().find(OrderId.of("O2"))).isEmpty();
    }

    @Test
    void placeAll_sameIdTwiceInOneBatch_exactRepeatGetsFirstLine_otherOrderIsRefused() {
        Order first = order("O1", c1, "200", at).build();
        List<OrderOutcome> outcomes = orders.placeAll(List.of(first, first, order("O1", c1, "300", at).build()));

        assertThat(outcomes.get(1).orThrow()).isEqualTo(outcomes.get(0).orThrow());
        assertThat(outcomes.get(2).refusal()).get().isInstanceOf(DuplicateOrderException.class);
        assertThat(dec(fx.billing.budgets().remaining(c1))).isEqualByComparingTo("800");
    }

    @Test
    void placeAll_emptyOrNullElement_isRefusedNamingTheIndex_andPlacesNothing() {
        assertThatThrownBy(() -> orders.placeAll(List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessage("Batch of orders is empty");
        List<Order> withNull = Arrays.asList(order("O1", c1, "200", at).build(), null);
        assertThatThrownBy(() -> orders.placeAll(withNull)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Order at index 1 of the batch is null");
        assertThat(fx.billing.lines().find(OrderId.of("O1"))).isEmpty();
        assertThat(dec(fx.billing.budgets().remaining(c1))).isEqualByComparingTo("1000");
    }
}
