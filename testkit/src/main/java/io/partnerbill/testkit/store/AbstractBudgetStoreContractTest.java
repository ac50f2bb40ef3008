package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.budget.BudgetAuditEntry;
import io.partnerbill.core.budget.BudgetCharge;
import io.partnerbill.core.budget.BudgetOperation;
import io.partnerbill.core.budget.FreezeReason;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.BudgetStore;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link BudgetStore} meets, including that a read-check-write of an account
 * inside {@link BillingStore#inTransaction} is atomic under concurrency. A store implementation
 * extends this class and returns a new, empty {@link BillingStore} from {@link #createStore()}.
 */
public abstract class AbstractBudgetStoreContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractBudgetStoreContractTest() {
    }

    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final BillCycle MARCH = BillCycle.of(2024, 3);
    private static final CustomerId C1 = CustomerId.of("C1");
    private static final Instant T0 = Instant.parse("2024-03-01T01:00:00Z");

    private static BudgetAccount account(String used, Set<FreezeReason> freezes) {
        return BudgetAccount.of(C1, USD, Budget.monthly(BillingFixtures.money("100", USD)), MARCH,
                new BigDecimal(used), freezes, true);
    }

    private static BudgetCharge charge(String order, String fee) {
        return BudgetCharge.of(OrderId.of(order), C1, MARCH, USD, new BigDecimal(fee), new BigDecimal(fee),
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    public void save_thenFindReturnsEqualAccount_andSaveReplaces() {
        assertThat(store.budgets().find(C1)).isEmpty();

        store.budgets().save(account("10", Set.of()));
        store.budgets().save(account("12.5", EnumSet.of(FreezeReason.MANUAL, FreezeReason.OVER_BUDGET)));

        assertThat(store.budgets().find(C1)).contains(account("12.5", EnumSet.of(FreezeReason.MANUAL,
                FreezeReason.OVER_BUDGET)));
    }

    @Test
    public void auditTrail_keepsAppendOrder_perCustomer() {
        BudgetAuditEntry set = BudgetAuditEntry.of(C1, BudgetOperation.SET, null,
                account("0", Set.of()).budget().orElseThrow(), "ops", T0);
        BudgetAuditEntry delete = BudgetAuditEntry.of(C1, BudgetOperation.DELETE, account("0", Set.of()).budget().orElseThrow(),
                null, "system", T0.plusSeconds(1));

        store.budgets().appendAudit(set);
        store.budgets().appendAudit(delete);

        assertThat(store.budgets().auditTrail(C1)).containsExactly(set, delete);
        assertThat(store.budgets().auditTrail(CustomerId.of("C2"))).isEmpty();
    }

    @Test
    public void charges_insertFindUpdate() {
        store.budgets().insertCharge(charge("O1", "10"));
        BudgetCharge refunded = charge("O1", "10").plusRefund(new BigDecimal("4"), new BigDecimal("4"));

        store.budgets().updateCharge(refunded);

        assertThat(store.budgets().findCharge(OrderId.of("O1"))).contains(refunded);
        assertThat(store.budgets().findCharge(OrderId.of("O2"))).isEmpty();
    }

    @Test
    public void insertCharge_refusesSecondChargeOfOrder() {
        store.budgets().insertCharge(charge("O1", "10"));

        assertThatThrownBy(() -> store.budgets().insertCharge(charge("O1", "11")))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("'O1'");
        assertThat(store.budgets().findCharge(OrderId.of("O1"))).contains(charge("O1", "10"));
    }

    @Test
    public void updateCharge_refusesUnknownOrder() {
        assertThatThrownBy(() -> store.budgets().updateCharge(charge("O9", "1")))
                .isInstanceOf(UnknownEntityException.class).hasMessageContaining("'O9'");
        assertThat(store.budgets().findCharge(OrderId.of("O9"))).isEmpty();
    }

    @Test
    public void transaction_thatThrowsLeavesAccountAuditAndChargesAsBefore() {
        store.budgets().save(account("10", Set.of()));
        store.budgets().insertCharge(charge("O1", "10"));

        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.budgets().save(account("50", Set.of()));
            s.budgets().appendAudit(BudgetAuditEntry.of(C1, BudgetOperation.FREEZE, null, null,
                    "ops", T0));
            s.budgets().insertCharge(charge("O2", "40"));
            s.budgets().updateCharge(charge("O1", "10").plusRefund(BigDecimal.ONE, BigDecimal.ONE));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.budgets().find(C1)).contains(account("10", Set.of()));
        assertThat(store.budgets().auditTrail(C1)).isEmpty();
        assertThat(store.budgets().findCharge(OrderId.of("O2"))).isEmpty();
        assertThat(store.budgets().findCharge(OrderId.of("O1"))).contains(charge("O1", "10"));
    }

    @Test
    public void readCheckWrite_inTransactions_isAtomicUnderConcurrency() throws Exception {
        store.budgets().save(account("0", Set.of()));
        int threads = 4;
        int attemptsPerThread = 300;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> accepted = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                accepted.add(pool.submit(() -> {
                    int mine = 0;
                    for (int i = 0; i < attemptsPerThread; i++) {
                        String order = "T" + thread + "-" + i;
                        boolean ok = store.inTransaction(s -> {
                            BudgetAccount a = s.budgets().find(C1).orElseThrow();
                            BigDecimal used = a.usedDecimal().add(BigDecimal.ONE);
                            if (used.compareTo(new BigDecimal("100")) > 0) {
                                return false;
                            }
                            s.budgets().save(BudgetAccount.of(C1, USD, a.budget().orElse(null), MARCH, used, Set.of(), true));
                            s.budgets().insertCharge(charge(order, "1"));
                            return true;
                        });
                        mine += ok ? 1 : 0;
                    }
                    return mine;
                }));
            }
            int total = 0;
            for (Future<Integer> f : accepted) {
                total += f.get();
            }
            assertThat(total).isEqualTo(100);
            assertThat(store.budgets().find(C1).orElseThrow().usedDecimal()).isEqualByComparingTo("100");
        } finally {
            pool.shutdownNow();
        }
    }
}
