package io.partnerbill.core.order;

import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.dec;
import static io.partnerbill.core.testing.OrdersFixture.order;
import static io.partnerbill.core.testing.OrdersFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RefundExceedsOrderException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.testing.OrdersFixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OrderConcurrencyTest {

    private static final int THREADS = 8;
    private final OrdersFixture fx = OrdersFixture.create();
    private final Instant at = beijing(2024, 3, 10, 14, 0);

    private <T> List<T> race(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sameOrderPlacedConcurrently_isDeductedAndBilledOnce() throws Exception {
        PartnerId p1 = fx.approvedReseller("P1");
        CustomerId c1 = fx.customerWithBudget(p1, "C1", "100");

        List<BillLine> lines = race(() -> fx.billing.orders().place(order("O1", c1, "60", at).build()));

        assertThat(lines).hasSize(THREADS).allMatch(l -> l.equals(lines.get(0)));
        assertThat(dec(fx.billing.budgets().used(c1))).isEqualByComparingTo("60");
        assertThat(fx.billing.lines().count(p1, BillCycle.of(2024, 3))).isEqualTo(1);
    }

    @Test
    void concurrentRefundsOfOneOrder_neverRefundMoreThanItsFee() throws Exception {
        PartnerId p1 = fx.approvedReseller("P1");
        CustomerId c1 = fx.customerWithBudget(p1, "C1", "100");
        fx.billing.orders().place(order("O1", c1, "100", at).build());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            ids.add("R" + i);
        }

        List<BigDecimal> refunded = race(() -> {
            String id;
            synchronized (ids) {
                id = ids.remove(0);
            }
            try {
                // Each asks for 30: only three fit into 100.
                return fx.billing.orders().refund(Refund.unsubscription(OrderId.of(id), OrderId.of("O1"), usd("30"), at))
                        .expenditureDecimal().negate();
            } catch (RefundExceedsOrderException e) {
                return BigDecimal.ZERO;
            }
        });

        assertThat(refunded.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("90");
        assertThat(dec(fx.billing.orders().charge(OrderId.of("O1")).orElseThrow().refundableFee()))
                .isEqualByComparingTo("10");
        assertThat(dec(fx.billing.budgets().used(c1))).isEqualByComparingTo("10");
        assertThat(fx.billing.lines().count(p1, BillCycle.of(2024, 3))).isEqualTo(4);
    }
}
