package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.OrderOutcome;
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
 *
 * <p>A worker places its operations in batches of {@value #BATCH}, one store transaction each.
 * Within a batch, each run of consecutive purchases goes to {@code OrderBook.placeAll}, which joins
 * the batch's transaction (a nested transaction: a savepoint on the JDBC store) and undoes a refused
 * order alone; refunds and adjustments are placed one by one between those runs, so every operation
 * keeps its place in the plan and a refund always comes after its purchase.
 */
final class DemoSimulation {

    private static final String[] REGIONS = {"ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "cn-north-4",
        "af-south-1"};
    private static final int BATCH = 500;
    // The indexes of Outcome's counts, in its order.
    private static final int PLACED = 0;
    private static final int REFUNDS = 1;
    private static final int ADJUSTMENTS = 2;
    private static final int REFUSED_FOR_BUDGET = 3;
    private static final int REFUSED_OTHER = 4;

    /** What the month did. */
    record Outcome(int placed, int refunds, int adjustments, int refusedForBudget, int refusedOther) {
        int attempted() {
            return placed + refunds + adjustments + refusedForBudget + refusedOther;
        }
    }

    enum Kind { PURCHASE, UNSUBSCRIPTION, DOWNGRADE, ADJUSTMENT }

    /**
     * One planned operation of the month; order type, billing mode and region are those of a
     * purchase (null otherwise), original is the plan index of the order a refund or adjustment names.
     */
    record Op(String prefix, int index, Kind kind, int customer, Instant at, int product, @Nullable OrderType orderType,
            @Nullable BillingMode mode, @Nullable String region, BigDecimal amount, int original) {

        OrderId id() {
            return id(index);
        }

        private OrderId id(int planIndex) {
            return OrderId.of(prefix + String.format("%07d", planIndex));
        }

        /** The purchase as an order. */
        Order order() {
            DemoWorld.Product product = DemoWorld.PRODUCTS.get(this.product);
            return Order.builder().id(id()).customer(CustomerId.of(DemoWorld.CUSTOMERS.get(customer).id()))
                    .product(ProductId.of(product.id()), product.name())
                    .orderType(Objects.requireNonNull(orderType, "orderType"))
                    .billingMode(Objects.requireNonNull(mode, "mode"))
                    .regionCode(Objects.requireNonNull(region, "region")).fee(DemoWorld.inr(amount))
                    .at(at).build();
        }

        /** The unsubscription or downgrade as a refund. */
        Refund refund() {
            return kind == Kind.UNSUBSCRIPTION
                    ? Refund.unsubscription(id(), id(original), DemoWorld.inr(amount), at)
                    : Refund.downgrade(id(), id(original), DemoWorld.inr(amount), at);
        }

        /** The fee adjustment. */
        Adjustment adjustment() {
            return Adjustment.of(id(), id(original), DemoWorld.inr(amount), at);
        }
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
                            placeBatch(batch, count);
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

    /**
     * The month's operations, in time order; refunds never plan more than is left of their order.
     * The same seed gives the same plan.
     */
    List<Op> plan(BillCycle cycle, int orders) {
        String prefix = "DEMO-" + cycle + "-";
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
                    op = new Op(prefix, i, unsubscribe ? Kind.UNSUBSCRIPTION : Kind.DOWNGRADE, customer, at, 0, null, null, null,
                            amount, original);
                }
            } else if (roll < 15 && !bought.isEmpty()) {
                int original = bought.get(random.nextInt(bought.size()));
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(19_999) - 4_999, 2); // -49.99 to 149.99
                op = new Op(prefix, i, Kind.ADJUSTMENT, customer, at, 0, null, null, null,
                        amount.signum() == 0 ? BigDecimal.ONE : amount, original);
            }
            if (op == null) {
                // A purchase, also when a planned refund found nothing left to refund.
                int product = random.nextInt(DemoWorld.PRODUCTS.size());
                OrderType type = roll < 30 ? OrderType.RENEWAL : roll < 35 ? OrderType.CHANGE : OrderType.NEW_PURCHASE;
                BigDecimal fee = BigDecimal.valueOf(DemoWorld.PRODUCTS.get(product).typicalFee())
                        .multiply(BigDecimal.valueOf(25 + random.nextInt(250), 2)).setScale(2, RoundingMode.HALF_UP);
                op = new Op(prefix, i, Kind.PURCHASE, customer, at, product, type,
                        roll % 3 == 0 ? BillingMode.PAY_PER_USE : BillingMode.YEARLY_MONTHLY,
                        REGIONS[random.nextInt(REGIONS.length)], fee, -1);
                left[i] = fee;
                bought.add(i);
            }
            plan.add(op);
        }
        return plan;
    }

    /**
     * Places a batch in plan order inside the caller's transaction: each run of consecutive
     * purchases as one {@code placeAll}, counted from its outcomes; each refund or adjustment alone.
     */
    private void placeBatch(List<Op> batch, int[] count) {
        int from = 0;
        while (from < batch.size()) {
            int to = from;
            while (to < batch.size() && batch.get(to).kind() == Kind.PURCHASE) {
                to++;
            }
            if (to == from) {
                count[execute(batch.get(from))]++;
                from++;
                continue;
            }
            List<Order> purchases = new ArrayList<>(to - from);
            batch.subList(from, to).forEach(op -> purchases.add(op.order()));
            for (OrderOutcome outcome : billing.orders().placeAll(purchases)) {
                count[countOf(outcome)]++;
            }
            from = to;
        }
    }

    private static int countOf(OrderOutcome outcome) {
        if (outcome.isPlaced()) {
            return PLACED;
        }
        return outcome.refusal().filter(BudgetExceededException.class::isInstance).isPresent()
                ? REFUSED_FOR_BUDGET : REFUSED_OTHER;
    }

    /** Places one refund or adjustment; returns the index of the count it adds to. */
    private int execute(Op op) {
        try {
            switch (op.kind()) {
                case UNSUBSCRIPTION, DOWNGRADE -> {
                    billing.orders().refund(op.refund());
                    return REFUNDS;
                }
                case ADJUSTMENT -> {
                    billing.orders().adjust(op.adjustment());
                    return ADJUSTMENTS;
                }
                default -> throw new IllegalStateException(op.kind().name());
            }
        } catch (PartnerBillingException e) {
            // A refund or adjustment of an order that was itself refused.
            return REFUSED_OTHER;
        }
    }

    /** Customers order unevenly: the first ones are the big accounts. */
    private int pickCustomer() {
        int n = DemoWorld.CUSTOMERS.size();
        int pick = (int) Math.floor(Math.abs(random.nextGaussian()) * n / 2.5);
        return Math.min(n - 1, pick);
    }
}
