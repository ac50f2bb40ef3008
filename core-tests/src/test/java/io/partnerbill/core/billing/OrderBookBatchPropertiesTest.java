package io.partnerbill.core.billing;

import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.dec;
import static io.partnerbill.core.testing.OrdersFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.testing.OrdersFixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrderBookBatchPropertiesTest {

    private static final Instant AT = beijing(2024, 3, 10, 14, 0);

    /** Fees, with order ids drawn from a small pool so that repeats and clashes occur. */
    @Provide
    Arbitrary<List<Integer>> ids() {
        return Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<BigDecimal>> fees() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("600")).ofScale(2)
                .list().ofSize(8);
    }

    /** A batch ends as the same orders placed one by one on a fresh store: lines, refusals, budget. */
    @Property(tries = 200)
    void batchEqualsOneByOne(@ForAll("ids") List<Integer> ids, @ForAll("fees") List<BigDecimal> fees) {
        Store batch = new Store();
        Store single = new Store();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            // The fee follows the id half the time, so some repeats are exact and some differ.
            BigDecimal fee = fees.get(i % 2 == 0 ? ids.get(i) : i);
            orders.add(order("O" + ids.get(i), batch.customer, fee.toPlainString(), AT).build());
        }

        List<OrderOutcome> outcomes = batch.fx.billing.orders().placeAll(orders);

        for (int i = 0; i < orders.size(); i++) {
            Optional<String> expected;
            try {
                expected = Optional.of(single.fx.billing.orders().place(orders.get(i)).toString());
            } catch (PartnerBillingException e) {
                PartnerBillingException refusal = outcomes.get(i).refusal().orElseThrow();
                assertThat(refusal).isInstanceOf(e.getClass()).hasMessage(e.getMessage());
                continue;
            }
            assertThat(outcomes.get(i).line().map(Object::toString)).isEqualTo(expected);
        }
        assertThat(dec(batch.fx.billing.budgets().remaining(batch.customer)))
                .isEqualByComparingTo(dec(single.fx.billing.budgets().remaining(single.customer)));
    }

    private static final class Store {
        final OrdersFixture fx = OrdersFixture.create();
        final CustomerId customer = fx.customerWithBudget(fx.approvedReseller("P1"), "C1", "1000");
    }
}
