package io.partnerbill.testkit.store;

import static io.partnerbill.testkit.BillingFixtures.decimal;
import static io.partnerbill.testkit.BillingFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CustomerFrozenException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateOrderException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.billing.OrderOutcome;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.budget.FreezeReason;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.order.Refund;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.core.store.BillingStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code OrderBook.placeAll} does inside a transaction the caller has open
 * ({@link BillingStore#inTransaction}), as an application that batches its own work does: the
 * batch joins that transaction (a nested one), a refused order is still undone alone, later work
 * of the same transaction sees the placed orders, and everything commits, or rolls back, with the
 * caller's transaction. A store implementation extends this class and returns a new, empty store
 * from {@link #createStore()}.
 */
public abstract class AbstractOrderBatchContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractOrderBatchContractTest() {
    }

    private static final CustomerId C1 = CustomerId.of("C1");
    /** Orders in two months, so that one can fall before a MONTHLY budget's cycle. */
    private static final Instant MARCH_10 = Instant.parse("2024-03-10T01:00:00Z");
    private static final Instant APRIL_10 = MARCH_10.plus(Duration.ofDays(31));

    private PartnerBilling billing;

    @BeforeEach
    public void approvedResellerWithOneCustomer() {
        Instant march1 = MARCH_10.minus(Duration.ofDays(9));
        billing = PartnerBilling.builder().currency("USD").store(store).clock(Clock.fixed(march1, ZoneOffset.UTC))
                .build();
        PartnerId partner = PartnerId.of("P1");
        billing.resellers().enroll(Enrollment.of(partner, "Reseller P1").cspMember(true).acceptAgreement("2024.1", march1));
        billing.resellers().approve(partner);
        billing.customers().add(partner, C1, "Customer C1", "acct-c1");
    }

    private static Order order(String id, String fee, Instant at) {
        return Order.builder().id(OrderId.of(id)).customer(C1).product(ProductId.of("ecs"), "Elastic Cloud Server")
                .regionCode("ap-southeast-1").fee(usd(fee)).at(at).build();
    }

    private boolean stored(String id) {
        return billing.orders().find(OrderId.of(id)).isPresent();
    }

    @Test
    public void placeAll_inAnOpenTransaction_undoesARefusedOrderAlone_andCommitsWithTheTransaction() {
        billing.budgets().set(C1, Budget.ofPackage(usd("100.00")), "ops");
        billing.orders().place(order("O0", "10.00", MARCH_10));

        List<OrderOutcome> outcomes = store.inTransaction(s -> {
            List<OrderOutcome> batch = billing.orders().placeAll(List.of(order("O1", "60.00", MARCH_10),
                    order("O2", "50.00", MARCH_10), order("O0", "11.00", MARCH_10), order("O3", "20.00", MARCH_10)));
            // Later work of the same transaction sees what the batch placed.
            billing.orders().refund(Refund.downgrade(OrderId.of("R1"), OrderId.of("O1"), usd("10.00"), MARCH_10));
            return batch;
        });

        assertThat(outcomes).extracting(OrderOutcome::isPlaced).containsExactly(true, false, false, true);
        assertThatThrownBy(outcomes.get(1)::orThrow).isInstanceOf(BudgetExceededException.class)
                .hasMessage("Order 'O2' of customer 'C1' exceeds its budget: USD 30.00 remaining, USD 50.00 requested");
        assertThatThrownBy(outcomes.get(2)::orThrow).isInstanceOf(DuplicateOrderException.class)
                .hasMessageStartingWith("Order id 'O0' is taken by a different line");
        assertThat(List.of("O0", "O1", "O2", "O3", "R1")).map(this::stored).containsExactly(true, true, false, true, true);
        assertThat(billing.orders().charge(OrderId.of("O2"))).isEmpty();
        assertThat(decimal(billing.orders().charge(OrderId.of("O1")).orElseThrow().refundedFee()))
                .isEqualByComparingTo("10.00");
        // 100.00 - 10.00 - 60.00 - 20.00 + 10.00
        assertThat(decimal(billing.budgets().remaining(C1))).isEqualByComparingTo("20.00");
    }

    @Test
    public void placeAll_inATransactionThatFailsAfterIt_leavesNothing() {
        billing.budgets().set(C1, Budget.ofPackage(usd("100.00")), "ops");

        assertThatThrownBy(() -> store.inTransaction(s -> {
            billing.orders().placeAll(List.of(order("O1", "60.00", MARCH_10), order("O2", "50.00", MARCH_10),
                    order("O3", "30.00", MARCH_10)));
            throw new IllegalStateException("the caller's own work failed after the batch");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the caller's own work failed after the batch");

        assertThat(List.of("O1", "O2", "O3")).map(this::stored).containsOnly(false);
        assertThat(billing.orders().charge(OrderId.of("O1"))).isEmpty();
        assertThat(decimal(billing.budgets().remaining(C1))).isEqualByComparingTo("100.00");
    }

    @Test
    public void placeAll_inAnOpenTransaction_keepsTheAutomaticFreezeOfAnOrderOverBudget() {
        billing.budgets().set(C1, Budget.ofPackage(usd("100.00")), "ops");
        billing.budgets().autoFreeze(C1, true);

        List<OrderOutcome> outcomes = store.inTransaction(s -> billing.orders().placeAll(List.of(
                order("O1", "80.00", MARCH_10), order("O2", "30.00", MARCH_10), order("O3", "10.00", MARCH_10))));

        assertThat(outcomes).extracting(OrderOutcome::isPlaced).containsExactly(true, false, false);
        assertThatThrownBy(outcomes.get(1)::orThrow).isInstanceOf(BudgetExceededException.class)
                .hasMessage("Order 'O2' of customer 'C1' exceeds its budget: USD 20.00 remaining, USD 30.00 requested");
        assertThatThrownBy(outcomes.get(2)::orThrow).isInstanceOf(CustomerFrozenException.class)
                .hasMessage("Customer 'C1' is frozen [OVER_BUDGET]: order 'O3' refused");
        assertThat(billing.budgets().account(C1).freezeReasons()).isEqualTo(Set.of(FreezeReason.OVER_BUDGET));
        assertThat(decimal(billing.budgets().remaining(C1))).isEqualByComparingTo("20.00");
    }

    @Test
    public void placeAll_failingAsAWhole_inAnOpenTransaction_undoesTheBatchOnly() {
        billing.budgets().set(C1, Budget.monthly(usd("100.00")), "ops");

        InvalidValueException failure = store.inTransaction(s -> {
            billing.orders().place(order("O1", "10.00", APRIL_10));
            try {
                // O3 falls in March after O1 moved the MONTHLY budget to April: not a refusal of one
                // order, so the whole batch fails, O2 with it.
                billing.orders().placeAll(List.of(order("O2", "20.00", APRIL_10), order("O3", "30.00", MARCH_10)));
                throw new AssertionError("the batch did not fail");
            } catch (InvalidValueException e) {
                return e;
            }
        });

        assertThat(failure).hasMessage("Order 'O3' at 2024-03-10T01:00:00Z falls in cycle 2024-03, but the MONTHLY"
                + " budget of customer 'C1' is in cycle 2024-04 already");
        assertThat(List.of("O1", "O2", "O3")).map(this::stored).containsExactly(true, false, false);
        assertThat(billing.orders().charge(OrderId.of("O2"))).isEmpty();
        assertThat(decimal(billing.budgets().remaining(C1))).isEqualByComparingTo("90.00");
    }
}
