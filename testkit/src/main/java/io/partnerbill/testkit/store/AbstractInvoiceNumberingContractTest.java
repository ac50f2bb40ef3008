package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvoiceSeriesFullException;
import io.partnerbill.core.Issuer;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.InvoiceNumbering;
import io.partnerbill.core.bill.InvoiceSeries;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.InvoiceCounterStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.money.Monetary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What every store must hold for invoice numbering per issuer ({@link InvoiceNumbering}): the
 * numbers of one issuer's series are 1..n without gaps and never shared, however many partners
 * (or a reseller's cycles) issue at once, and an issue that fails after taking its number gives
 * it back.
 *
 * <p>The properties race every issue of a try on a thread of its own, started together; a thread
 * that does not finish within a minute fails the test. Each try numbers in a series of its own
 * (its own prefix), so the tries of a property share one store. Their assertions do not depend on
 * how the threads interleave.
 *
 * <p>Tried per store and run: 8 tries of 2 to 6 partners issuing 1 to 3 cycles each (up to 18
 * threads), 4 tries of 2 or 3 resellers issuing 3 cycles of statements, 10 planted failures. A counter
 * that read its row and then wrote it back, without the increment's lock, gave two bills the same
 * number on H2 and on PostgreSQL in the first run.
 */
public abstract class AbstractInvoiceNumberingContractTest {

    /** For subclasses. */
    protected AbstractInvoiceNumberingContractTest() {
    }

    /** 10 April 2024 in Beijing: the bills of January to March may be issued. */
    private static final Instant APRIL_10 = Instant.parse("2024-04-10T02:00:00Z");
    private static final AtomicInteger SERIES = new AtomicInteger();

    private @Nullable BillingStore store;

    /**
     * Creates the store under test.
     *
     * @return a new, empty store
     */
    protected abstract BillingStore createStore();

    private BillingStore store() {
        if (store == null) {
            store = createStore();
        }
        return store;
    }

    private static PartnerBilling billing(BillingStore store, InvoiceNumbering numbering) {
        return PartnerBilling.builder().currency("USD").store(store).clock(Clock.fixed(APRIL_10, ZoneOffset.UTC))
                .invoiceNumbering(numbering).build();
    }

    /** A numbering whose operator series and reseller series are new: prefixes no other try used. */
    private static InvoiceNumbering freshNumbering(int width) {
        int n = SERIES.incrementAndGet();
        return InvoiceNumbering.perIssuer(InvoiceSeries.calendarYear("OP" + n, width),
                InvoiceSeries.calendarYear("CS" + n, width));
    }

    /** Runs every call on a thread of its own, all released at once; returns their results in order. */
    private static <T> List<T> race(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CyclicBarrier start = new CyclicBarrier(calls.size());
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await(1, TimeUnit.MINUTES);
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(1, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            threads.shutdownNow();
            assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).as("race threads stopped").isTrue();
        }
    }

    /** Asserts that the numbers are {@code <series>-000001} to {@code <series>-<n>}, each once. */
    private static void assertOneToN(List<String> numbers, String series) {
        List<String> expected = LongStream.rangeClosed(1, numbers.size())
                .mapToObj(i -> String.format(Locale.ROOT, "%s-%06d", series, i)).toList();
        assertThat(numbers).as("numbers of series %s", series).containsExactlyInAnyOrderElementsOf(expected);
    }

    // Item: partners' bills race, the operator numbers them all

    @Property(tries = 8)
    public void concurrentBillsOfPartnersTakeTheOperatorsNumbersOneToN(
            @ForAll @IntRange(min = 2, max = 6) int partners, @ForAll @IntRange(min = 1, max = 3) int cyclesEach)
            throws Exception {
        InvoiceNumbering numbering = freshNumbering(6);
        PartnerBilling billing = billing(store(), numbering);
        String series = numbering.seriesOf(Issuer.operator()).prefix() + "-2024";
        List<Callable<String>> issues = new ArrayList<>();
        for (int p = 0; p < partners; p++) {
            PartnerId partner = PartnerId.of(series + "-p" + p);
            for (int month = 1; month <= cyclesEach; month++) {
                BillCycle cycle = BillCycle.of(2024, month);
                issues.add(() -> billing.bills().issue(partner, cycle).invoiceNumber());
            }
        }
        assertOneToN(race(issues), series);
    }

    // Item: resellers' statements race, each reseller numbers its own

    @Property(tries = 4)
    public void concurrentStatementsAreNumberedOneToNPerReseller(
            @ForAll @IntRange(min = 2, max = 3) int resellers, @ForAll @IntRange(min = 1, max = 3) int customersEach)
            throws Exception {
        InvoiceNumbering numbering = freshNumbering(6);
        String prefix = numbering.seriesOf(Issuer.reseller(PartnerId.of("any"))).prefix();
        PartnerId own = PartnerId.of(prefix + "-r0");
        // The first reseller numbers in a series of its own prefix; the others share the default one.
        numbering = numbering.withReseller(own, InvoiceSeries.calendarYear("OWN" + prefix, 6));
        PartnerBilling billing = billing(store(), numbering);
        List<Callable<List<IssuedStatement>>> issues = new ArrayList<>();
        for (int r = 0; r < resellers; r++) {
            PartnerId reseller = PartnerId.of(prefix + "-r" + r);
            enrollWithLines(billing, reseller, customersEach);
            for (int month = 1; month <= 3; month++) {
                BillCycle cycle = BillCycle.of(2024, month);
                billing.bills().issue(reseller, cycle);
                issues.add(() -> billing.statements().issueAll(reseller, cycle));
            }
        }
        Map<PartnerId, List<String>> byReseller = race(issues).stream().flatMap(List::stream).collect(
                Collectors.groupingBy(IssuedStatement::reseller, Collectors.mapping(IssuedStatement::number, Collectors.toList())));
        assertThat(byReseller).hasSize(resellers);
        byReseller.forEach((reseller, numbers) -> {
            assertThat(numbers).hasSize(3 * customersEach);
            assertOneToN(numbers, (reseller.equals(own) ? "OWN" + prefix : prefix) + "-2024");
        });
    }

    private static void enrollWithLines(PartnerBilling billing, PartnerId reseller, int customers) {
        billing.resellers().enroll(Enrollment.of(reseller, "Reseller " + reseller).cspMember(true)
                .acceptAgreement("2024.1", APRIL_10.minusSeconds(200L * 86_400)));
        billing.resellers().approve(reseller);
        for (int c = 0; c < customers; c++) {
            CustomerId customer = CustomerId.of(reseller.value() + "-c" + c);
            billing.customers().add(reseller, customer, "Customer " + c, "acct-" + c);
            for (int month = 1; month <= 3; month++) {
                billing.lines().append(BillLine.builder().cycle(BillCycle.of(2024, month)).partner(reseller)
                        .customer(customer).billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE)
                        .orderId(OrderId.of(customer.value() + "-" + month)).product(ProductId.of("ecs"))
                        .productName("Elastic Cloud Server").productType("Common products").regionCode("ap-southeast-1")
                        .transactionTime(Instant.parse("2024-01-10T00:00:00Z").plusSeconds((month - 1) * 31L * 86_400))
                        .customerExpenditure(ExactMoney.monetary(new BigDecimal("12.50"), Monetary.getCurrency("USD")))
                        .settleAtDiscount().build());
            }
        }
    }

    // Item: an issue that fails after taking its number

    /** Rounds of a failed issue followed by a good one. */
    private static final int FAILURE_ROUNDS = 10;

    @Test
    public void anIssueThatFailsAfterTakingItsNumberLeavesNoGap() {
        InvoiceNumbering numbering = freshNumbering(6);
        String series = numbering.seriesOf(Issuer.operator()).prefix() + "-2024";
        FailingCounters failing = new FailingCounters(store());
        PartnerBilling billing = billing(failing.proxy, numbering);
        List<String> numbers = new ArrayList<>();
        BillCycle march = BillCycle.of(2024, 3);
        for (int round = 0; round < FAILURE_ROUNDS; round++) {
            PartnerId doomed = PartnerId.of(series + "-failed-" + round);
            failing.failNext = true;
            assertThatThrownBy(() -> billing.bills().issue(doomed, march)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("planted failure after taking number " + (round + 1) + " of counter '" + series + "'");
            assertThat(store().bills().find(doomed, march)).as("bill of the failed issue").isEmpty();
            numbers.add(billing.bills().issue(PartnerId.of(series + "-good-" + round), march).invoiceNumber());
        }
        assertOneToN(numbers, series);
    }

    // Item: a series whose width is too small for the count

    @Test
    public void anIssuePastTheSeriesWidthIsRefusedAndTakesNoNumber() {
        InvoiceNumbering narrow = freshNumbering(1);
        String prefix = narrow.seriesOf(Issuer.operator()).prefix();
        PartnerBilling billing = billing(store(), narrow);
        BillCycle march = BillCycle.of(2024, 3);
        for (int i = 1; i <= 9; i++) {
            assertThat(billing.bills().issue(PartnerId.of(prefix + "-p" + i), march).invoiceNumber())
                    .isEqualTo(prefix + "-2024-" + i);
        }
        PartnerId tenth = PartnerId.of(prefix + "-p10");
        assertThatThrownBy(() -> billing.bills().issue(tenth, march)).isInstanceOf(InvoiceSeriesFullException.class)
                .hasMessage("Invoice series '" + prefix + "-2024' of issuer 'operator' is full: number '10' needs more "
                        + "than 1 digits (widen the series)");
        assertThat(store().bills().find(tenth, march)).isEmpty();
        // Widened, the same counter goes on at 10: the refusal took no number.
        PartnerBilling widened = billing(store(), InvoiceNumbering.perIssuer(InvoiceSeries.calendarYear(prefix, 2),
                InvoiceSeries.calendarYear("CS", 2)));
        IssuedBill bill = widened.bills().issue(tenth, march);
        assertThat(bill.invoiceNumber()).isEqualTo(prefix + "-2024-10");
    }

    /**
     * The store under test, whose counters throw once armed, right after the number is taken. A
     * proxy: every other call goes to the store unchanged.
     */
    private static final class FailingCounters {
        private final BillingStore base;
        private final BillingStore proxy;
        volatile boolean failNext;

        FailingCounters(BillingStore base) {
            this.base = base;
            this.proxy = (BillingStore) Proxy.newProxyInstance(BillingStore.class.getClassLoader(),
                    new Class<?>[] {BillingStore.class}, this::invoke);
        }

        private @Nullable Object invoke(Object self, Method method, @Nullable Object[] args) throws Throwable {
            switch (method.getName()) {
                case "invoiceCounters":
                    return (InvoiceCounterStore) this::next;
                case "inTransaction":
                    @SuppressWarnings("unchecked")
                    Function<? super BillingStore, ?> work = (Function<? super BillingStore, ?>) Objects.requireNonNull(args)[0];
                    return base.inTransaction(s -> work.apply(proxy));
                default:
                    try {
                        return method.invoke(base, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }

        private long next(Issuer issuer, String counter) {
            long taken = base.invoiceCounters().next(issuer, counter);
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("planted failure after taking number " + taken + " of counter '"
                        + counter + "'");
            }
            return taken;
        }
    }
}
