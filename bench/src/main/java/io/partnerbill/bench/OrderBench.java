package io.partnerbill.bench;

import io.partnerbill.core.DiscountId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.store.AppendOutcome;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B4: order placement in memory through the facade, single thread. {@code b4_placeOrderInMemory}
 * is the whole order path ({@code OrderBook.place}: reseller approved, customer not frozen,
 * discount resolved, budget deducted, line appended, in one transaction, idempotent per order
 * id); {@code b4_placeOrderInMemoryPartial} is the part without reseller and budget (resolve
 * the discount, settle, append), for comparison.
 *
 * <p>Each iteration starts from a new in-memory store holding the workload's 200 products'
 * discounts, so the store never holds more than one iteration's orders.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class OrderBench {

    private static final Instant EFFECTIVE = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant FOREVER = Instant.parse("2099-12-31T15:59:59Z");

    private final Workload workload = Workload.standard();
    private final List<Workload.Product> products = workload.products();
    private final List<io.partnerbill.core.CustomerId> customers = workload.customers();
    private final List<Workload.Region> regions = workload.regions();
    private final long cycleStart = Workload.CALENDAR.start(Workload.CYCLE).getEpochSecond();
    private PartnerBilling billing;
    private long next;

    @Setup(Level.Iteration)
    public void newStore() {
        billing = OrderSetup.billing(BillingStore.inMemory(), products);
    }

    /** B4: one order through {@code OrderBook.place}, with its budget deduction. */
    @Benchmark
    public BillLine b4_placeOrderInMemory() {
        return OrderSetup.place(billing, next++, products, regions, cycleStart);
    }

    /** B4 (partial, no budget yet): resolve the discount, settle, append the line. */
    @Benchmark
    public AppendOutcome b4_placeOrderInMemoryPartial() {
        long i = next++;
        Workload.Product product = products.get((int) (i % products.size()));
        Workload.Region region = regions.get((int) (i % regions.size()));
        Instant at = Instant.ofEpochSecond(cycleStart + i % 2_000_000);
        DiscountRate rate = billing.discounts().rateFor(Workload.PARTNER, product.id(), at);
        BillLine line = BillLine.builder().cycle(Workload.CYCLE).partner(Workload.PARTNER)
                .customer(customers.get((int) (i % customers.size()))).billType(BillType.EXPENDITURE)
                .billingMode(product.mode()).productType(product.type()).productName(product.name())
                .product(product.id()).regionCode(region.code()).region(region.name())
                .orderId(OrderId.of("ORD-" + i)).transactionTime(at).orderType(OrderType.NEW_PURCHASE)
                .customerExpenditure(Money.of(BigDecimal.valueOf(1 + i % 100_000_000_000L, 8), Workload.USD))
                .discount(rate).settleAtDiscount().build();
        return billing.lines().append(line);
    }
}
