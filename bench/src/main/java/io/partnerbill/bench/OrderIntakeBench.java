package io.partnerbill.bench;

import io.partnerbill.core.billing.OrderOutcome;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B5-PG: order intake with {@value #CALLERS} callers at once, on PostgreSQL and on its H2 twin (an H2
 * file), behind HikariCP with a connection per caller. {@code b5pg_placeOrder}: one order, one
 * transaction ({@code OrderBook.place}); {@code b5pg_placeAll}: {@value #BATCH} orders per call of
 * {@code OrderBook.placeAll} (one transaction, each order a savepoint of its own). Every order is a
 * budget row locked and deducted, a line and a charge; the callers share the 50 customers' budgets,
 * so they also wait for each other's row locks, as a service's callers do; {@code b5pg_placeAllOwnCustomers}
 * gives each caller customers of its own. Scores are orders per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(OrderIntakeBench.CALLERS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class OrderIntakeBench extends DatabaseBench {

    static final int CALLERS = 4;
    static final int BATCH = 100;

    private final Workload workload = Workload.standard();
    final List<Workload.Product> products = workload.products();
    final List<Workload.Region> regions = workload.regions();
    final long cycleStart = Workload.CALENDAR.start(Workload.CYCLE).getEpochSecond();
    private final AtomicLong callers = new AtomicLong();
    PartnerBilling billing;

    @Setup(Level.Trial)
    public void setUp() {
        open("");
        db.dataSource().getHikariConfigMXBean().setMaximumPoolSize(CALLERS);
        billing = OrderSetup.billing(db.store(), products);
    }

    /** A caller's own order numbers, so that callers never offer the same order id. */
    @State(Scope.Thread)
    public static class Caller {
        long next;
        int index;
        long batches;

        @Setup(Level.Trial)
        public void number(OrderIntakeBench bench) {
            index = (int) bench.callers.getAndIncrement();
            next = index * 1_000_000_000L;
            batches = index * 20_000_000L;
        }

        /**
         * The number of an order for one of this caller's own customers: caller k orders for customers k,
         * k + 4, ..., k + 44 only (order number i is for customer i mod 50), so no two callers share a budget.
         */
        long nextOfOwnCustomer() {
            long n = batches++;
            return n * OrderSetup.CUSTOMERS + index + (long) CALLERS * (n % (OrderSetup.CUSTOMERS / CALLERS));
        }
    }

    @Benchmark
    public BillLine b5pg_placeOrder(Caller caller) {
        return OrderSetup.place(billing, caller.next++, products, regions, cycleStart);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<OrderOutcome> b5pg_placeAll(Caller caller) {
        List<Order> orders = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            orders.add(OrderSetup.order(billing, caller.next++, products, regions, cycleStart));
        }
        return placed(billing.orders().placeAll(orders));
    }

    /**
     * As {@link #b5pg_placeAll}, with each caller's batches for its own customers, as a service sharding
     * its intake by customer sends them: batches then never wait for each other's budget row locks.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<OrderOutcome> b5pg_placeAllOwnCustomers(Caller caller) {
        List<Order> orders = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            orders.add(OrderSetup.order(billing, caller.nextOfOwnCustomer(), products, regions, cycleStart));
        }
        return placed(billing.orders().placeAll(orders));
    }

    private static List<OrderOutcome> placed(List<OrderOutcome> outcomes) {
        for (OrderOutcome outcome : outcomes) {
            outcome.orThrow(); // a refusal would measure something else: every order must be placed
        }
        return outcomes;
    }
}
