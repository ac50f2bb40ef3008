package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CustomerFrozenException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.order.Adjustment;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.order.Refund;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * One month of realistic orders, deterministic for a seed: new purchases, renewals, spec
 * upgrades, unsubscriptions and downgrades that refund earlier orders, fee adjustments, and
 * orders refused because a budget ran out.
 *
 * <p>The month is planned first, in one sequence from the seed; then each customer's orders are
 * placed in their order by one of a few worker threads (the demo is an application: the library
 * itself starts no thread). Customers' budgets and lines are independent, so the outcome does not
 * depend on how the workers interleave.
 */
final class DemoSimulation {

    private static final String[] REGIONS = {"ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "cn-north-4",
        "af-south-1"};
    private static final int BATCH = 500;

    /** What the month did. */
    record Outcome(int placed, int refunds, int adjustments, int refusedForBudget, int refusedOther) {
        int attempted() {
            return placed + refunds + adjustments + refusedForBudget + refusedOther;
        }
    }

    private enum Kind { PURCHASE, UNSUBSCRIPTION, DOWNGRADE, ADJUSTMENT }

    /** One planned operation of the month. */
    /** One simulated operation; order type, billing mode and region are those of a purchase, null otherwise. */
    private record Op(int index, Kind kind, int customer, Instant at, int product, @Nullable OrderType orderType,
            @Nullable BillingMode mode, @Nullable String region, BigDecimal amount, int original) {
    }

    private final PartnerBilling billing;
    private final Random random;
    private final int workers;

    DemoSimulation(PartnerBilling billing, long seed, int workers) {
        this.billing = billing;
        this.random = new Random(seed);
        this.workers = Math.max(1, workers);
    }

    Outcome run(BillCycle cycle, int orders, Progress progress) {
        List<Op> plan = plan(cycle, orders);
        String prefix = "DEMO-" + cycle + "-";
        List<List<Op>> byWorker = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            byWorker.add(new ArrayList<>());
        }
        plan.forEach(op -> byWorker.get(op.customer() % workers).add(op));
        int[][] counts = new int[workers][5];
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "demo-orders");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                List<Op> ops = byWorker.get(w);
                int[] count = counts[w];
                futures.add(pool.submit(() -> {
                    // One transaction per batch: one commit per batch, not per order. A refused
                    // order is undone alone (a nested transaction) and the batch goes on.
                    for (int first = 0; first < ops.size(); first += BATCH) {
                        List<Op> batch = ops.subList(first, Math.min(ops.size(), first + BATCH));
                        billing.store().inTransaction(s -> {
                            batch.forEach(op -> count[execute(op, prefix)]++);
                            return null;
                        });
                        done.addAndGet(batch.size());
                    }
                }));
            }
            for (Future<?> f : futures) {
                while (true) {
                    try {
                        f.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                        break;
                    } catch (java.util.concurrent.TimeoutException e) {
                        progress.update(done.get());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        int[] total = new int[5];
        for (int[] c : counts) {
            for (int k = 0; k < 5; k++) {
                total[k] += c[k];
            }
        }
        return new Outcome(total[0], total[1], total[2], total[3], total[4]);
    }

    /** The month's operations, in time order; refunds never plan more than is left of their order. */
    private List<Op> plan(BillCycle cycle, int orders) {
        Instant start = billing.calendar().start(cycle);
        long span = billing.calendar().end(cycle).getEpochSecond() - start.getEpochSecond();
        List<List<Integer>> purchases = new ArrayList<>();
        DemoWorld.CUSTOMERS.forEach(c -> purchases.add(new ArrayList<>()));
        List<Op> plan = new ArrayList<>(orders);
        BigDecimal[] left = new BigDecimal[orders];
        for (int i = 0; i < orders; i++) {
            Instant at = start.plusSeconds(i * span / orders + random.nextInt((int) Math.max(1, span / orders)));
            int customer = pickCustomer();
            List<Integer> bought = purchases.get(customer);
            int roll = random.nextInt(100);
            Op op = null;
            if (roll < 12 && !bought.isEmpty()) {
                int original = bought.get(random.nextInt(bought.size()));
                boolean unsubscribe = roll < 8;
                BigDecimal amount = unsubscribe ? left[original]
                        : left[original].multiply(BigDecimal.valueOf(10 + random.nextInt(50), 2)).setScale(2, RoundingMode.DOWN);
                if (amount.signum() > 0) {
                    left[original] = left[original].subtract(amount);
                    op = new Op(i, unsubscribe ? Kind.UNSUBSCRIPTION : Kind.DOWNGRADE, customer, at, 0, null, null, null,
                            amount, original);
                }
            } else if (roll < 15 && !bought.isEmpty()) {
                int original = bought.get(random.nextInt(bought.size()));
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(19_999) - 4_999, 2); // -49.99 to 149.99
                op = new Op(i, Kind.ADJUSTMENT, customer, at, 0, null, null, null,
                        amount.signum() == 0 ? BigDecimal.ONE : amount, original);
            }
            if (op == null) {
                // A purchase, also when a planned refund found nothing left to refund.
                int product = random.nextInt(DemoWorld.PRODUCTS.size());
                OrderType type = roll < 30 ? OrderType.RENEWAL : roll < 35 ? OrderType.CHANGE : OrderType.NEW_PURCHASE;
                BigDecimal fee = BigDecimal.valueOf(DemoWorld.PRODUCTS.get(product).typicalFee())
                        .multiply(BigDecimal.valueOf(25 + random.nextInt(250), 2)).setScale(2, RoundingMode.HALF_UP);
                op = new Op(i, Kind.PURCHASE, customer, at, product, type,
                        roll % 3 == 0 ? BillingMode.PAY_PER_USE : BillingMode.YEARLY_MONTHLY,
                        REGIONS[random.nextInt(REGIONS.length)], fee, -1);
                left[i] = fee;
                bought.add(i);
            }
            plan.add(op);
        }
        return plan;
    }

    /** Places one operation; returns the index of the count it adds to. */
    private int execute(Op op, String prefix) {
        OrderId id = OrderId.of(prefix + String.format("%07d", op.index()));
        try {
            switch (op.kind()) {
                case PURCHASE -> {
                    DemoWorld.Product product = DemoWorld.PRODUCTS.get(op.product());
                    billing.orders().place(Order.builder().id(id)
                            .customer(CustomerId.of(DemoWorld.CUSTOMERS.get(op.customer()).id()))
                            .product(ProductId.of(product.id()), product.name())
                            .orderType(Objects.requireNonNull(op.orderType(), "orderType"))
                            .billingMode(Objects.requireNonNull(op.mode(), "mode"))
                            .regionCode(Objects.requireNonNull(op.region(), "region")).fee(DemoWorld.inr(op.amount()))
                            .at(op.at()).build());
                    return 0;
                }
                case UNSUBSCRIPTION, DOWNGRADE -> {
                    OrderId original = OrderId.of(prefix + String.format("%07d", op.original()));
                    billing.orders().refund(op.kind() == Kind.UNSUBSCRIPTION
                            ? Refund.unsubscription(id, original, DemoWorld.inr(op.amount()), op.at())
                            : Refund.downgrade(id, original, DemoWorld.inr(op.amount()), op.at()));
                    return 1;
                }
                case ADJUSTMENT -> {
                    OrderId original = OrderId.of(prefix + String.format("%07d", op.original()));
                    billing.orders().adjust(Adjustment.of(id, original, DemoWorld.inr(op.amount()), op.at()));
                    return 2;
                }
                default -> throw new IllegalStateException(op.kind().name());
            }
        } catch (BudgetExceededException e) {
            return 3;
        } catch (CustomerFrozenException e) {
            return 4;
        } catch (PartnerBillingException e) {
            // A refund or adjustment of an order that was itself refused for budget.
            return 4;
        }
    }

    /** Customers order unevenly: the first ones are the big accounts. */
    private int pickCustomer() {
        int n = DemoWorld.CUSTOMERS.size();
        int pick = (int) Math.floor(Math.abs(random.nextGaussian()) * n / 2.5);
        return Math.min(n - 1, pick);
    }
}
