package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.store.BillingStore;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's month, placed as the demo places it (batches of 500 in one transaction each, every
 * run of purchases through {@code OrderBook.placeAll} inside it), leaves the database that the same
 * plan leaves when each operation is placed alone, in a transaction of its own, with
 * {@code place}, {@code refund} and {@code adjust}: the same lines, budget accounts (with their
 * audit trails) and budget charges, and the same counts.
 *
 * <p>The budgets are tighter than the demo's and one customer freezes automatically, so that
 * orders are refused for budget and for a freeze in the middle of a run of purchases, and refunds
 * and adjustments of refused orders are refused in turn.
 */
class DemoSimulationTest {

    private static final BillCycle CYCLE = BillCycle.of(2024, 2);
    /** INR 500,000 a month: the big accounts run out early in the month, the small ones never. */
    private static final BigDecimal TIGHT_BUDGET = BigDecimal.valueOf(500_000);
    private static final CustomerId AUTO_FREEZE = CustomerId.of("c-bhavna");

    @TempDir
    Path temp;

    static Stream<Arguments> months() {
        return Stream.of(
                // store, seed, orders, workers
                Arguments.of("hsqldb", 7L, 1_500, 1),
                Arguments.of("hsqldb", 42L, 1_500, 1),
                Arguments.of("memory", 7L, 6_000, 1),
                Arguments.of("memory", 2024L, 6_000, 1),
                // Customers are independent: two workers leave what one does.
                Arguments.of("memory", 42L, 6_000, 2));
    }

    @ParameterizedTest(name = "{0}, seed {1}, {2} orders, {3} workers")
    @MethodSource("months")
    void demoBatchesLeaveWhatThePlanPlacedOneByOneLeaves(String store, long seed, int orders, int workers)
            throws Exception {
        try (Stores stores = new Stores(store, temp)) {
            PartnerBilling demo = month(stores.next());
            PartnerBilling reference = month(stores.next());

            DemoSimulation.Outcome batched = new DemoSimulation(demo, seed, workers)
                    .run(CYCLE, orders, new Progress(new PrintWriter(Writer.nullWriter()), "test", orders, false));
            List<DemoSimulation.Op> plan = new DemoSimulation(reference, seed, 1).plan(CYCLE, orders);
            DemoSimulation.Outcome oneByOne = placeOneByOne(reference, plan);

            assertThat(batched).isEqualTo(oneByOne);
            assertThat(oneByOne.attempted()).isEqualTo(orders);
            // Every kind of outcome happened, so the comparison covers each path.
            assertThat(List.of(oneByOne.placed(), oneByOne.refunds(), oneByOne.adjustments(),
                    oneByOne.refusedForBudget(), oneByOne.refusedOther())).allMatch(n -> n > 0);

            assertThat(lines(demo)).isEqualTo(lines(reference)).hasSize(orders - oneByOne.refusedForBudget()
                    - oneByOne.refusedOther());
            for (DemoSimulation.Op op : plan) {
                assertThat(demo.orders().charge(op.id())).as("charge of %s", op.id())
                        .isEqualTo(reference.orders().charge(op.id()));
            }
            for (DemoWorld.Customer c : DemoWorld.CUSTOMERS) {
                CustomerId id = CustomerId.of(c.id());
                assertThat(demo.budgets().account(id)).isEqualTo(reference.budgets().account(id));
                assertThat(demo.budgets().auditTrail(id)).isEqualTo(reference.budgets().auditTrail(id));
            }
            assertThat(demo.budgets().isFrozen(AUTO_FREEZE)).isTrue();
        }
    }

    /** The reference: each operation of the plan alone, in plan order, counted by what it threw. */
    private static DemoSimulation.Outcome placeOneByOne(PartnerBilling billing, List<DemoSimulation.Op> plan) {
        int placed = 0;
        int refunds = 0;
        int adjustments = 0;
        int refusedForBudget = 0;
        int refusedOther = 0;
        for (DemoSimulation.Op op : plan) {
            try {
                switch (op.kind()) {
                    case PURCHASE -> {
                        billing.orders().place(op.order());
                        placed++;
                    }
                    case UNSUBSCRIPTION, DOWNGRADE -> {
                        billing.orders().refund(op.refund());
                        refunds++;
                    }
                    case ADJUSTMENT -> {
                        billing.orders().adjust(op.adjustment());
                        adjustments++;
                    }
                }
            } catch (BudgetExceededException e) {
                refusedForBudget++;
            } catch (PartnerBillingException e) {
                refusedOther++;
            }
        }
        return new DemoSimulation.Outcome(placed, refunds, adjustments, refusedForBudget, refusedOther);
    }

    /** The demo's set-up, at the start of the month, with tight budgets and one automatic freeze. */
    private static PartnerBilling month(BillingStore store) {
        DemoClock clock = new DemoClock(Instant.EPOCH);
        PartnerBilling billing = PartnerBilling.builder().currency(DemoWorld.CURRENCY).store(store)
                .taxPolicy(DemoWorld.taxPolicy()).clock(clock).build();
        clock.set(billing.calendar().start(CYCLE));
        billing.store().inTransaction(s -> {
            DemoWorld.setUp(billing, CYCLE);
            return null;
        });
        for (DemoWorld.Customer c : DemoWorld.CUSTOMERS) {
            billing.budgets().change(CustomerId.of(c.id()), Budget.monthly(DemoWorld.inr(TIGHT_BUDGET)), "test");
        }
        billing.budgets().autoFreeze(AUTO_FREEZE, true);
        return billing;
    }

    private static List<BillLine> lines(PartnerBilling billing) {
        List<BillLine> lines = new ArrayList<>(billing.lines().ofCycle(DemoWorld.PARTNER, CYCLE));
        lines.sort(Comparator.comparing(line -> line.orderId().value()));
        return lines;
    }

    /** New stores of one kind: in memory, or the demo's HSQLDB database in directories of its own. */
    private static final class Stores implements AutoCloseable {
        private final Function<Integer, BillingStore> open;
        private final List<DemoDatabase> opened = new ArrayList<>();
        private int count;

        Stores(String kind, Path temp) {
            this.open = "memory".equals(kind) ? n -> BillingStore.inMemory() : n -> {
                DemoDatabase db = DemoDatabase.open(temp.resolve("db-" + n));
                opened.add(db);
                return db.store();
            };
        }

        BillingStore next() {
            return open.apply(count++);
        }

        @Override
        public void close() {
            opened.forEach(DemoDatabase::close);
        }
    }
}
