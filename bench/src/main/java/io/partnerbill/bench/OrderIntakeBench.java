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
 * so they also wait for each other's row locks, as a service's callers do. Scores are orders per second.
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

        @Setup(Level.Trial)
        public void number(OrderIntakeBench bench) {
            next = bench.callers.getAndIncrement() * 1_000_000_000L;
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
        List<OrderOutcome> outcomes = billing.orders().placeAll(orders);
        for (OrderOutcome outcome : outcomes) {
            outcome.orThrow(); // a refusal would measure something else: every order must be placed
        }
        return outcomes;
    }
}
