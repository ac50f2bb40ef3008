package io.partnerbill.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.budget.BudgetCharge;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The in-memory line and budget stores keep lines and charges in one map by order id. Random
 * transactions of appends, charge inserts and updates (some of them refused, some rolled back)
 * must leave the stores as two separate maps, the obviously correct form, would be.
 */
class InMemoryOrderIndexPropertiesTest {

    private static final int IDS = 4;
    private static final BillCycle CYCLE = BillingFixtures.CYCLE;

    /** One operation: kind 0 append a line, 1 insert a charge, 2 update a charge; variant picks the value. */
    record Op(int kind, int id, int variant) {
    }

    /** Up to three operations in one transaction, rolled back at its end when {@code abort}. */
    record Tx(List<Op> ops, boolean abort) {
    }

    @Provide
    Arbitrary<List<Tx>> transactions() {
        Arbitrary<Op> op = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, IDS - 1), Arbitraries.integers().between(0, 1)).as(Op::new);
        return net.jqwik.api.Combinators.combine(op.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(false, true))
                .as(Tx::new).list().ofMaxSize(12);
    }

    private static OrderId id(int i) {
        return OrderId.of("O" + i);
    }

    private static BillLine line(int id, int variant) {
        return BillingFixtures.expenditure("O" + id, 1, variant == 0 ? "10" : "20");
    }

    private static BudgetCharge charge(int id, int variant) {
        BigDecimal fee = new BigDecimal(variant == 0 ? "10" : "20");
        return BudgetCharge.of(id(id), CustomerId.of("C-1"), CYCLE, Monetary.getCurrency("USD"), fee, fee,
                variant == 0 ? BigDecimal.ZERO : fee, BigDecimal.ZERO);
    }

    /** Applies an operation to the two-map model the way the stores' contracts say; throws as the store must. */
    private static void apply(Op op, Map<OrderId, BillLine> lines, Map<OrderId, BudgetCharge> charges) {
        OrderId id = id(op.id());
        switch (op.kind()) {
            case 0 -> {
                BillLine line = line(op.id(), op.variant());
                BillLine existing = lines.get(id);
                if (existing != null && !existing.equals(line)) {
                    throw new DuplicateKeyException("model");
                }
                lines.putIfAbsent(id, line);
            }
            case 1 -> {
                if (charges.containsKey(id)) {
                    throw new DuplicateKeyException("model");
                }
                charges.put(id, charge(op.id(), op.variant()));
            }
            default -> {
                if (!charges.containsKey(id)) {
                    throw new UnknownEntityException("model");
                }
                charges.put(id, charge(op.id(), op.variant()));
            }
        }
    }

    private static void run(Op op, BillingStore s) {
        switch (op.kind()) {
            case 0 -> s.lines().append(line(op.id(), op.variant()));
            case 1 -> s.budgets().insertCharge(charge(op.id(), op.variant()));
            default -> s.budgets().updateCharge(charge(op.id(), op.variant()));
        }
    }

    @Property(tries = 500)
    void linesAndCharges_behaveAsTwoSeparateMaps(@ForAll("transactions") List<Tx> txs) {
        BillingStore store = BillingStore.inMemory();
        Map<OrderId, BillLine> lines = new HashMap<>();
        Map<OrderId, BudgetCharge> charges = new HashMap<>();
        for (Tx tx : txs) {
            Map<OrderId, BillLine> nextLines = new HashMap<>(lines);
            Map<OrderId, BudgetCharge> nextCharges = new HashMap<>(charges);
            Class<?> expected = null;
            try {
                for (Op op : tx.ops()) {
                    apply(op, nextLines, nextCharges);
                }
            } catch (RuntimeException e) {
                expected = e.getClass();
            }
            Class<?> thrown = null;
            try {
                store.inTransaction(s -> {
                    for (Op op : tx.ops()) {
                        run(op, s);
                    }
                    if (tx.abort()) {
                        throw new IllegalStateException("abort");
                    }
                    return null;
                });
            } catch (DuplicateKeyException | UnknownEntityException e) {
                // A taken order id is a DuplicateOrderException, a kind of DuplicateKeyException.
                thrown = e instanceof DuplicateKeyException ? DuplicateKeyException.class : e.getClass();
            } catch (IllegalStateException e) {
                assertThat(e).hasMessage("abort");
            }
            assertThat(thrown).isEqualTo(expected);
            if (expected == null && !tx.abort()) {
                lines = nextLines;
                charges = nextCharges;
            }
            for (int i = 0; i < IDS; i++) {
                assertThat(store.lines().find(id(i))).isEqualTo(Optional.ofNullable(lines.get(id(i))));
                assertThat(store.budgets().findCharge(id(i))).isEqualTo(Optional.ofNullable(charges.get(id(i))));
            }
            assertThat(store.lines().count(BillingFixtures.PARTNER, CYCLE)).isEqualTo(lines.size());
        }
        // Outside a transaction too (no undo log): single calls behave the same.
        store.budgets().insertCharge(charge(IDS, 0));
        assertThat(store.lines().find(id(IDS))).isEmpty();
        store.lines().append(line(IDS, 0));
        assertThat(store.budgets().findCharge(id(IDS))).contains(charge(IDS, 0));
        assertThat(store.lines().find(id(IDS))).contains(line(IDS, 0));
    }
}
