package io.partnerbill.core.order;

import io.partnerbill.core.billing.OrderBook;
import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.dec;
import static io.partnerbill.core.testing.OrdersFixture.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.testing.OrdersFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 8 threads place 200,000 orders against the budgets of 50 customers of two resellers; about
 * half of the fees fit. Afterwards every customer's used budget is the sum of its accepted fees
 * and at most its budget, every accepted order has exactly its line, and every refused order
 * left no line and no charge.
 */
class OrderStressTest {

    private static final int THREADS = 8;
    private static final int ORDERS = 200_000;
    private static final int CUSTOMERS = 50;
    private static final BigDecimal BUDGET = new BigDecimal("200000.00");
    private static final BillCycle MARCH = BillCycle.of(2024, 3);

    private record Outcome(OrderId order, CustomerId customer, BigDecimal fee, BillLine line) {
    }

    @Test
    @Timeout(120)
    void concurrentOrders_neverOverspend_neverLoseAnAcceptedOrder() throws Exception {
        OrdersFixture fx = OrdersFixture.create();
        fx.clock.set(beijing(2024, 3, 15, 0, 0));
        List<PartnerId> resellers = List.of(fx.approvedReseller("P1"), fx.approvedReseller("P2"));
        for (PartnerId p : resellers) {
            fx.billing.discounts().authorize(Discount.builder().id(DiscountId.of("D-" + p)).partner(p)
                    .product(ProductId.of("ecs")).productName("Elastic Cloud Server")
                    .rate(DiscountRate.ofPercentOff("12.50")).effective(beijing(2024, 1, 1, 0, 0))
                    .expiry(Instant.parse("2099-12-31T15:59:59Z")).build());
        }
        List<CustomerId> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(fx.customerWithBudget(resellers.get(i % 2), "C" + i, BUDGET.toPlainString()));
        }
        Instant start = beijing(2024, 3, 1, 0, 0);
        OrderBook orders = fx.billing.orders();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object[]>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(thread);
                    List<Outcome> mineAccepted = new ArrayList<>();
                    List<OrderId> mineRefused = new ArrayList<>();
                    for (int i = 0; i < ORDERS / THREADS; i++) {
                        CustomerId c = customers.get(random.nextInt(CUSTOMERS));
                        BigDecimal fee = BigDecimal.valueOf(1 + random.nextInt(20_000), 2);
                        String id = "T" + thread + "-" + i;
                        Instant at = start.plus(Duration.ofSeconds(random.nextInt(30 * 86_400)));
                        try {
                            BillLine line = orders.place(order(id, c, fee.toPlainString(), at).build());
                            mineAccepted.add(new Outcome(OrderId.of(id), c, fee, line));
                        } catch (BudgetExceededException e) {
                            mineRefused.add(OrderId.of(id));
                        }
                    }
                    return new Object[] {mineAccepted, mineRefused};
                }));
            }
            List<Outcome> allAccepted = new ArrayList<>();
            List<OrderId> allRefused = new ArrayList<>();
            for (Future<Object[]> f : futures) {
                Object[] r = f.get();
                @SuppressWarnings("unchecked")
                List<Outcome> a = (List<Outcome>) r[0];
                @SuppressWarnings("unchecked")
                List<OrderId> x = (List<OrderId>) r[1];
                allAccepted.addAll(a);
                allRefused.addAll(x);
            }
            assertThat(allAccepted.size() + allRefused.size()).isEqualTo(ORDERS);
            // Both outcomes occur in quantity: the test exercises the boundary, not just one side.
            assertThat(allAccepted.size()).isGreaterThan(ORDERS / 4);
            assertThat(allRefused.size()).isGreaterThan(ORDERS / 4);

            Map<CustomerId, BigDecimal> acceptedFees = new HashMap<>();
            for (Outcome o : allAccepted) {
                acceptedFees.merge(o.customer(), o.fee(), BigDecimal::add);
                assertThat(fx.billing.lines().find(o.order())).contains(o.line());
            }
            for (CustomerId c : customers) {
                BigDecimal used = dec(fx.billing.budgets().used(c));
                assertThat(used).as("used of %s", c)
                        .isEqualByComparingTo(acceptedFees.getOrDefault(c, BigDecimal.ZERO));
                assertThat(used).as("used of %s", c).isLessThanOrEqualTo(BUDGET);
            }
            long lines = resellers.stream().mapToLong(p -> fx.billing.lines().count(p, MARCH)).sum();
            assertThat(lines).isEqualTo(allAccepted.size());
            for (OrderId r : allRefused) {
                assertThat(fx.billing.lines().find(r)).isEmpty();
                assertThat(fx.billing.orders().charge(r)).isEmpty();
            }
            // The bills agree with the accepted orders: list amounts add up to the accepted fees.
            BigDecimal billed = BigDecimal.ZERO;
            for (PartnerId p : resellers) {
                billed = billed.add(dec(fx.billing.bills().calculate(p, MARCH).customerExpenditure()));
            }
            assertThat(billed).isEqualByComparingTo(acceptedFees.values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        } finally {
            pool.shutdownNow();
        }
    }
}
