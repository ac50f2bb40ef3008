package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.CycleClosedException;
import io.partnerbill.core.DiscountConflictException;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store must hold when one JVM's threads race through the facade: a cycle's issue
 * and the appends of its lines serialize, overlapping discounts authorized at once leave one,
 * and identical issues and payments racing each other all get the first result.
 *
 * <p>Each test repeats its race {@link #rounds()} times (20 by default), each round on a partner
 * (or product) of its own; a thread that does not finish within a minute fails the test. The
 * assertions do not depend on how the threads interleave: whatever wins, the outcome is checked
 * against what was stored.
 */
public abstract class AbstractRaceContractTest {

    /** For subclasses. */
    protected AbstractRaceContractTest() {
    }

    private static final javax.money.CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final BillCycle MARCH = BillCycle.of(2024, 3);
    /** 6 April 2024 in Beijing: March's bill may be issued (from the 5th, 12:00). */
    private static final Instant APRIL_6 = Instant.parse("2024-04-06T02:00:00Z");
    private static final int APPENDERS = 7;
    /** Appends each appender makes at most; it stops at its first refusal, which the issue brings. */
    private static final int APPENDS_PER_THREAD = 2_000;
    /** Lines appended before the issue starts, so that it lands among running appends. */
    private static final int LINES_BEFORE_ISSUE = 3 * APPENDERS;
    private static final int CALLERS = 8;

    private BillingStore store;
    private PartnerBilling billing;
    private ExecutorService threads;
    private long linesBilled;

    /**
     * Creates the store under test.
     *
     * @return a new, empty store
     */
    protected abstract BillingStore createStore();

    /**
     * Returns how many rounds each race runs: the system property {@code partnerbill.race.rounds},
     * 20 by default (a few seconds per store on 2 cores). Before the stores serialized these
     * races, the JDBC stores failed each of them in the first round.
     *
     * @return the rounds, 1 or more
     */
    protected int rounds() {
        return Math.max(1, Integer.getInteger("partnerbill.race.rounds", 20));
    }

    @BeforeEach
    public void createFacade() {
        store = createStore();
        billing = PartnerBilling.builder().currency("USD").store(store).clock(Clock.fixed(APRIL_6, ZoneOffset.UTC)).build();
        threads = Executors.newFixedThreadPool(APPENDERS + 1);
    }

    @AfterEach
    public void stopThreads() throws InterruptedException {
        if (threads == null) {
            return; // createStore() skipped the test (a database that is not configured)
        }
        threads.shutdownNow();
        assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).as("race threads stopped").isTrue();
    }

    private static MonetaryAmount usd(String value) {
        return ExactMoney.monetary(new BigDecimal(value), USD);
    }

    private static BigDecimal dec(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    private PartnerId approvedReseller(String id) {
        PartnerId partner = PartnerId.of(id);
        billing.resellers().enroll(Enrollment.of(partner, "Reseller " + id).cspMember(true)
                .acceptAgreement("2024.1", APRIL_6));
        billing.resellers().approve(partner);
        return partner;
    }

    private static Instant march(int thread, int i) {
        return Instant.parse("2024-03-10T00:00:00Z").plusSeconds(thread * 10_000L + i);
    }

    /** A fee from 1.25 to 7.25 that differs between neighbouring appends. */
    private static String fee(int i) {
        return (1 + i % 7) + ".25";
    }

    private static BillLine line(PartnerId partner, CustomerId customer, String id, int thread, int i) {
        return BillLine.builder().cycle(MARCH).partner(partner).customer(customer)
                .billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of(id))
                .product(ProductId.of("ecs")).productName("Elastic Cloud Server").productType("Common products")
                .regionCode("ap-southeast-1").transactionTime(march(thread, i))
                .customerExpenditure(usd(fee(i))).settleAtDiscount().build();
    }

    private <T> List<T> all(List<Future<T>> futures) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(1, TimeUnit.MINUTES));
        }
        return results;
    }

    // Item: batches of orders racing for one budget (OrderBook.placeAll)

    /**
     * 8 callers each place one batch of 10 orders of 3.00 at once against a budget of 100.00,
     * {@link #rounds()} times (20 by default: 1,600 orders): exactly 33 are placed, the budget
     * is never overspent, and every placed line has its charge.
     */
    @Test
    public void batchesRacingForOneBudgetNeverOverspend() throws Exception {
        for (int round = 0; round < rounds(); round++) {
            PartnerId partner = approvedReseller("batch-" + round);
            CustomerId customer = CustomerId.of("batch-" + round + "-c");
            billing.customers().add(partner, customer, "Customer", "acct");
            billing.budgets().set(customer, Budget.ofPackage(usd("100.00")), "ops");
            CyclicBarrier start = new CyclicBarrier(CALLERS);
            List<Future<List<io.partnerbill.core.billing.OrderOutcome>>> callers = new ArrayList<>();
            for (int t = 0; t < CALLERS; t++) {
                List<Order> batch = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    batch.add(Order.builder().id(OrderId.of("batch-" + round + "-t" + t + "-" + i)).customer(customer)
                            .product(ProductId.of("ecs"), "Elastic Cloud Server").regionCode("ap-southeast-1")
                            .fee(usd("3.00")).at(march(t, i)).build());
                }
                callers.add(threads.submit(() -> {
                    start.await(1, TimeUnit.MINUTES);
                    return billing.orders().placeAll(batch);
                }));
            }
            int placed = 0;
            for (List<io.partnerbill.core.billing.OrderOutcome> outcomes : all(callers)) {
                for (io.partnerbill.core.billing.OrderOutcome outcome : outcomes) {
                    if (outcome.isPlaced()) {
                        placed++;
                        assertThat(billing.orders().charge(outcome.orThrow().orderId())).isPresent();
                    } else {
                        assertThat(outcome.refusal()).get()
                                .isInstanceOf(io.partnerbill.core.BudgetExceededException.class);
                    }
                }
            }
            // 100.00 / 3.00 = 33 orders, 1.00 left
            assertThat(placed).as("round %d", round).isEqualTo(33);
            assertThat(dec(billing.budgets().remaining(customer))).isEqualByComparingTo("1.00");
        }
    }

    // Item: an issue racing the appends of its cycle

    @Test
    public void issueAndAppendsOfItsCycleSerialize() throws Exception {
        int refusals = 0;
        for (int round = 0; round < rounds(); round++) {
            refusals += issueWhileSevenThreadsAppend(round);
        }
        System.out.printf("%s: %d rounds of an issue racing %d appenders, %d lines held by issued bills, %d appends refused%n",
                getClass().getSimpleName(), rounds(), APPENDERS, linesBilled, refusals);
        // Appenders stop at their first refusal: refusals show that the issue met running appends.
        assertThat(refusals).isPositive();
    }

    private int issueWhileSevenThreadsAppend(int round) throws Exception {
        PartnerId partner = approvedReseller("race-" + round);
        List<CustomerId> customers = new ArrayList<>();
        for (int t = 0; t < APPENDERS; t++) {
            CustomerId customer = CustomerId.of("race-" + round + "-c" + t);
            billing.customers().add(partner, customer, "Customer " + t, "acct-" + t);
            billing.budgets().set(customer, Budget.ofPackage(usd("1000000")), "ops");
            customers.add(customer);
        }
        Map<OrderId, BigDecimal> accepted = new ConcurrentHashMap<>();
        Set<OrderId> refused = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(LINES_BEFORE_ISSUE);
        List<Future<Integer>> appenders = new ArrayList<>();
        for (int t = 0; t < APPENDERS; t++) {
            int thread = t;
            appenders.add(threads.submit(() -> {
                for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                    String id = "race-" + round + "-t" + thread + "-" + i;
                    try {
                        // Even threads place orders (budget and line), odd ones append lines.
                        if (thread % 2 == 0) {
                            billing.orders().place(Order.builder().id(OrderId.of(id)).customer(customers.get(thread))
                                    .product(ProductId.of("ecs"), "Elastic Cloud Server").regionCode("ap-southeast-1")
                                    .fee(usd(fee(i))).at(march(thread, i)).build());
                        } else {
                            billing.lines().append(line(partner, customers.get(thread), id, thread, i));
                        }
                        accepted.put(OrderId.of(id), new BigDecimal(fee(i)));
                        enough.countDown();
                    } catch (CycleClosedException e) {
                        refused.add(OrderId.of(id));
                        return i;
                    }
                }
                return APPENDS_PER_THREAD;
            }));
        }
        Future<IssuedBill> issuer = threads.submit(() -> {
            enough.await();
            return billing.bills().issue(partner, MARCH);
        });
        IssuedBill issued = issuer.get(1, TimeUnit.MINUTES);
        all(appenders);

        List<BillLine> stored = store.lines().lines(partner, MARCH);
        BigDecimal storedSum = BigDecimal.ZERO;
        for (BillLine l : stored) {
            storedSum = storedSum.add(dec(l.settlementAmount()));
        }
        BigDecimal acceptedSum = accepted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        // No line of the cycle is stored that the issued bill did not count, and no refused one at all.
        assertThat(stored).extracting(BillLine::orderId).containsExactlyInAnyOrderElementsOf(accepted.keySet());
        assertThat(issued.bill().lineCount()).as("round %d: lines counted by the bill", round).isEqualTo(stored.size());
        linesBilled += stored.size();
        assertThat(dec(issued.bill().expenditures())).as("round %d", round).isEqualByComparingTo(storedSum)
                .isEqualByComparingTo(acceptedSum);
        for (OrderId id : refused) {
            assertThat(store.lines().find(id)).as("refused %s", id).isEmpty();
            assertThat(store.budgets().findCharge(id)).as("charge of refused %s", id).isEmpty();
        }
        // Every refused order left its budget untouched: used is the accepted orders' fees exactly.
        for (int t = 0; t < APPENDERS; t += 2) {
            String prefix = "race-" + round + "-t" + t + "-";
            BigDecimal fees = accepted.entrySet().stream().filter(e -> e.getKey().value().startsWith(prefix))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(dec(billing.budgets().used(customers.get(t)))).as("used of %s", customers.get(t))
                    .isEqualByComparingTo(fees);
        }
        return refused.size();
    }

    // Item: overlapping discounts authorized at once

    private static Discount discount(PartnerId partner, String id, String product, Instant effective) {
        return Discount.builder().id(DiscountId.of(id)).partner(partner).product(ProductId.of(product))
                .productName("Product " + product).productType("Common products").rate(DiscountRate.parse("11.12% off"))
                .effective(effective).expiry(Instant.parse("2099-12-31T15:59:59Z"))
                .settlementType(SettlementType.PROMOTIONAL_PRODUCT).build();
    }

    @Test
    public void overlappingDiscountsAuthorizedAtOnceLeaveExactlyOne() throws Exception {
        PartnerId partner = PartnerId.of("race-discounts");
        for (int round = 0; round < rounds(); round++) {
            String product = "prd-" + round;
            CyclicBarrier start = new CyclicBarrier(CALLERS);
            List<Future<Object>> callers = new ArrayList<>();
            for (int t = 0; t < CALLERS; t++) {
                // Every pair overlaps: each runs from a later hour of 2024 to 2099.
                Discount d = discount(partner, "D-" + round + "-" + t, product,
                        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * t));
                callers.add(threads.submit((Callable<Object>) () -> {
                    start.await();
                    try {
                        return billing.discounts().authorize(d);
                    } catch (DiscountConflictException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = all(callers);
            List<Discount> stored = store.discounts().ofPartnerAndProduct(partner, ProductId.of(product));
            assertThat(stored).as("round %d", round).hasSize(1);
            Discount winner = stored.get(0);
            assertThat(outcomes).filteredOn(Discount.class::isInstance).containsExactly(winner);
            for (int t = 0; t < CALLERS; t++) {
                if (outcomes.get(t) instanceof DiscountConflictException e) {
                    Discount loser = discount(partner, "D-" + round + "-" + t, product,
                            Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * t));
                    // The sequential case's message, naming the one that was stored.
                    assertThat(e).hasMessage("Discount '" + loser.id() + "' (" + loser.effective() + " .. " + loser.expiry()
                            + ") overlaps discount '" + winner.id() + "' (" + winner.effective() + " .. "
                            + winner.expiry() + ") of partner '" + partner + "' on product '" + product + "'");
                }
            }
        }
    }

    // Item: identical issues and payments racing each other

    @Test
    public void identicalIssuesAndPaymentsAtOnceAllGetTheFirstResult() throws Exception {
        Clock february6 = Clock.fixed(Instant.parse("2024-02-06T00:00:00Z"), ZoneOffset.UTC);
        billing = PartnerBilling.builder().currency("USD").store(store).clock(february6).build();
        BillCycle january = BillCycle.of(2024, 1);
        for (int round = 0; round < rounds(); round++) {
            PartnerId partner = PartnerId.of("race-idem-" + round);
            BillLine jan = BillLine.builder().cycle(january).partner(partner).customer(CustomerId.of("C-1"))
                    .billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of("O-idem-" + round))
                    .product(ProductId.of("ecs")).productName("Elastic Cloud Server").productType("Common products")
                    .regionCode("ap-southeast-1").transactionTime(Instant.parse("2024-01-10T02:00:00Z"))
                    .customerExpenditure(usd("100.00")).settleAtDiscount().build();
            billing.lines().append(jan);

            List<IssuedBill> bills = race(() -> billing.bills().issue(partner, january));
            IssuedBill first = store.bills().find(partner, january).orElseThrow();
            assertThat(bills).as("round %d", round).allSatisfy(b -> assertThat(b).isEqualTo(first));
            assertThat(dec(first.amountDue())).isEqualByComparingTo("100.00");

            Payment payment = new Payment(PaymentReference.of("PAY-" + round), partner, usd("30.00"),
                    Instant.parse("2024-02-06T00:00:00Z"), PaymentMethod.BANK_TRANSFER);
            List<PaymentReceipt> receipts = race(() -> billing.payments().apply(payment));
            assertThat(receipts).as("round %d", round).allSatisfy(r -> assertThat(r).isEqualTo(receipts.get(0)));
            assertThat(dec(receipts.get(0).toCredit())).isEqualByComparingTo("0");
            assertThat(store.payments().ofPartner(partner)).containsExactly(payment);
            assertThat(dec(store.bills().find(partner, january).orElseThrow().paid())).isEqualByComparingTo("30.00");

            Payment other = new Payment(payment.reference(), partner, usd("31.00"), payment.receivedAt(), payment.method());
            assertThatThrownBy(() -> billing.payments().apply(other)).isInstanceOf(DuplicateKeyException.class)
                    .hasMessage("Payment reference 'PAY-" + round + "' was already applied to a different payment (amount USD 30.00, not USD 31.00): " + payment);
        }
    }

    private <T> List<T> race(Callable<T> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(CALLERS);
        List<Future<T>> callers = new ArrayList<>();
        for (int t = 0; t < CALLERS; t++) {
            callers.add(threads.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        return all(callers);
    }
}
