package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CustomerFrozenException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerBilling;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One month of realistic orders, deterministic for a seed: new purchases, renewals, spec
 * upgrades, unsubscriptions and downgrades that refund earlier orders, fee adjustments, and
 * orders refused because a budget ran out.
 */
final class DemoSimulation {

    private static final String[] REGIONS = {"ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "cn-north-4",
        "af-south-1"};

    /** What the month did. */
    record Outcome(int placed, int refunds, int adjustments, int refusedForBudget, int refusedFrozen) {
        int attempted() {
            return placed + refunds + adjustments + refusedForBudget + refusedFrozen;
        }
    }

    /** An accepted order that later refunds may refer to. */
    private record Sold(OrderId id, BigDecimal fee, BigDecimal[] refunded) {
    }

    private static final int BATCH = 500;

    private final PartnerBilling billing;
    private final DemoClock clock;
    private final Random random;
    private final Map<String, List<Sold>> sold = new HashMap<>();
    private Instant start = Instant.EPOCH;
    private long span;
    private String prefix = "";
    private int placed;
    private int refunds;
    private int adjustments;
    private int refusedBudget;
    private int refusedFrozen;

    DemoSimulation(PartnerBilling billing, DemoClock clock, long seed) {
        this.billing = billing;
        this.clock = clock;
        this.random = new Random(seed);
    }

    Outcome run(BillCycle cycle, int orders, Progress progress) {
        start = billing.calendar().start(cycle);
        span = billing.calendar().end(cycle).getEpochSecond() - start.getEpochSecond();
        prefix = "DEMO-" + cycle + "-";
        // Orders go in batches of one transaction each: one commit per batch instead of per order.
        // A refused order inside a batch is undone alone (a nested transaction); the batch goes on.
        for (int first = 0; first < orders; first += BATCH) {
            int from = first;
            int to = Math.min(orders, first + BATCH);
            billing.store().inTransaction(s -> {
                for (int i = from; i < to; i++) {
                    step(i, orders);
                }
                return null;
            });
            progress.update(to);
        }
        progress.finish();
        return new Outcome(placed, refunds, adjustments, refusedBudget, refusedFrozen);
    }

    private void step(int i, int orders) {
        Instant at = start.plusSeconds(i * span / orders + random.nextInt((int) Math.max(1, span / orders)));
        clock.set(at);
        DemoWorld.Customer customer = DemoWorld.CUSTOMERS.get(pickCustomer());
        List<Sold> history = sold.computeIfAbsent(customer.id(), k -> new ArrayList<>());
        OrderId id = OrderId.of(prefix + String.format("%07d", i));
        int kind = random.nextInt(100);
        try {
            boolean done = false;
            if (kind < 12 && !history.isEmpty()) {
                done = refund(history, id, at, kind < 8);
                refunds += done ? 1 : 0;
            } else if (kind < 15 && !history.isEmpty()) {
                Sold original = history.get(random.nextInt(history.size()));
                // -50.00 to 149.99, never zero
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(19_999) - 4_999, 2);
                amount = amount.signum() == 0 ? BigDecimal.ONE : amount;
                billing.orders().adjust(Adjustment.of(id, original.id(), DemoWorld.inr(amount), at));
                adjustments++;
                done = true;
            }
            if (!done) {
                // A purchase, also when a refund found nothing left to refund.
                DemoWorld.Product product = DemoWorld.PRODUCTS.get(random.nextInt(DemoWorld.PRODUCTS.size()));
                OrderType type = kind < 30 ? OrderType.RENEWAL : kind < 35 ? OrderType.CHANGE : OrderType.NEW_PURCHASE;
                BigDecimal fee = BigDecimal.valueOf(product.typicalFee())
                        .multiply(BigDecimal.valueOf(25 + random.nextInt(250), 2)).setScale(2, RoundingMode.HALF_UP);
                billing.orders().place(Order.builder().id(id).customer(CustomerId.of(customer.id()))
                        .product(ProductId.of(product.id()), product.name()).orderType(type)
                        .billingMode(kind % 3 == 0 ? BillingMode.PAY_PER_USE : BillingMode.YEARLY_MONTHLY)
                        .regionCode(REGIONS[random.nextInt(REGIONS.length)]).fee(DemoWorld.inr(fee)).at(at).build());
                history.add(new Sold(id, fee, new BigDecimal[] {BigDecimal.ZERO}));
                placed++;
            }
        } catch (BudgetExceededException e) {
            refusedBudget++;
        } catch (CustomerFrozenException e) {
            refusedFrozen++;
        }
    }

    /** Customers order unevenly: the first ones are the big accounts. */
    private int pickCustomer() {
        int n = DemoWorld.CUSTOMERS.size();
        int pick = (int) Math.floor(Math.abs(random.nextGaussian()) * n / 2.5);
        return Math.min(n - 1, pick);
    }

    /** Refunds part of an earlier order: an unsubscription (the rest of it) or a downgrade (a part). */
    private boolean refund(List<Sold> history, OrderId id, Instant at, boolean unsubscribe) {
        Sold original = history.get(random.nextInt(history.size()));
        BigDecimal left = original.fee().subtract(original.refunded()[0]);
        if (left.signum() <= 0) {
            return false;
        }
        BigDecimal amount = unsubscribe ? left
                : left.multiply(BigDecimal.valueOf(10 + random.nextInt(50), 2)).setScale(2, RoundingMode.DOWN);
        if (amount.signum() <= 0) {
            return false;
        }
        Refund refund = unsubscribe ? Refund.unsubscription(id, original.id(), DemoWorld.inr(amount), at)
                : Refund.downgrade(id, original.id(), DemoWorld.inr(amount), at);
        billing.orders().refund(refund);
        original.refunded()[0] = original.refunded()[0].add(amount);
        return true;
    }
}
