package io.partnerbill.core.billing;

import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.budget.BudgetAuditEntry;
import io.partnerbill.core.budget.BudgetCharge;
import io.partnerbill.core.budget.BudgetOperation;
import io.partnerbill.core.budget.Deduction;
import io.partnerbill.core.budget.FreezeReason;
import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.dec;
import static io.partnerbill.core.testing.OrdersFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerFrozenException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RefundExceedsOrderException;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.testing.OrdersFixture;
import java.math.BigDecimal;
import java.time.Instant;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BudgetLedgerTest {

    private final OrdersFixture fx = OrdersFixture.create();
    private final BudgetLedger ledger = fx.billing.budgets();
    private final Instant march5 = beijing(2024, 3, 5, 10, 0);
    private PartnerId p1;
    private CustomerId c1;

    @BeforeEach
    void setUp() {
        p1 = fx.approvedReseller("P1");
        c1 = fx.customer(p1, "C1");
    }

    private Deduction deduct(String order, String fee, Instant at) {
        return ledger.tryDeduct(c1, OrderId.of(order), usd(fee), usd(fee), at);
    }

    @Test
    void set_givesBudget_liftsNoBudgetFreeze_andIsAudited() {
        BudgetAccount account = ledger.set(c1, Budget.monthly(usd("100")), "alice");

        assertThat(account.isFrozen()).isFalse();
        assertThat(dec(ledger.remaining(c1))).isEqualByComparingTo("100");
        assertThat(ledger.auditTrail(c1)).containsExactly(BudgetAuditEntry.of(c1, BudgetOperation.SET,
                null, Budget.monthly(usd("100")), "alice", fx.clock.instant()));
    }

    @Test
    void set_refusesSecondBudget_changingNothing() {
        ledger.set(c1, Budget.monthly(usd("100")), "alice");

        assertThatThrownBy(() -> ledger.set(c1, Budget.ofPackage(usd("500")), "bob"))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("Customer 'C1' has a budget already (MONTHLY USD 100.00); change it instead of setting"
                        + " PACKAGE USD 500.00");
        assertThat(ledger.find(c1)).contains(Budget.monthly(usd("100")));
        assertThat(ledger.auditTrail(c1)).hasSize(1);
    }

    @Test
    void set_refusesOtherCurrency_blankOperator_andUnknownCustomer() {
        MonetaryAmount eur = ExactMoney.monetary(BigDecimal.TEN, Monetary.getCurrency("EUR"));
        assertThatThrownBy(() -> ledger.set(c1, Budget.monthly(eur), "alice"))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Budget of customer 'C1' is in EUR but USD was expected");
        assertThatThrownBy(() -> ledger.set(c1, Budget.monthly(usd("1")), " "))
                .isInstanceOf(InvalidValueException.class).hasMessageEndingWith("was ' '");
        assertThatThrownBy(() -> ledger.set(CustomerId.of("C9"), Budget.monthly(usd("1")), "alice"))
                .isInstanceOf(UnknownEntityException.class).hasMessage("Unknown customer 'C9'");
        assertThat(ledger.auditTrail(c1)).isEmpty();
    }

    @Test
    void change_keepsUsedAmount_andRecordsOldAndNew() {
        ledger.set(c1, Budget.monthly(usd("100")), "alice");
        deduct("O1", "30", march5).orThrow();

        ledger.change(c1, Budget.monthly(usd("50")), "bob");

        assertThat(dec(ledger.used(c1))).isEqualByComparingTo("30");
        assertThat(dec(ledger.remaining(c1))).isEqualByComparingTo("20");
        BudgetAuditEntry last = ledger.auditTrail(c1).get(1);
        assertThat(last.operation()).isEqualTo(BudgetOperation.CHANGE);
        assertThat(last.oldBudget()).contains(Budget.monthly(usd("100")));
        assertThat(last.newBudget()).contains(Budget.monthly(usd("50")));
        assertThat(last.operator()).isEqualTo("bob");
    }

    @Test
    void change_refusesAmountBelowUsed() {
        ledger.set(c1, Budget.monthly(usd("100")), "alice");
        deduct("O1", "80", march5).orThrow();

        assertThatThrownBy(() -> ledger.change(c1, Budget.monthly(usd("50")), "bob"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Budget of customer 'C1' cannot be changed from MONTHLY USD 100.00 to MONTHLY USD 50.00:"
                        + " USD 80 is used in 2024-03 already");
        assertThat(ledger.find(c1)).contains(Budget.monthly(usd("100")));
    }

    @Test
    void change_andDelete_refuseCustomerWithoutBudget() {
        assertThatThrownBy(() -> ledger.change(c1, Budget.monthly(usd("50")), "bob"))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("Customer 'C1' has no budget to change; set one first");
        assertThatThrownBy(() -> ledger.delete(c1, "bob"))
                .isInstanceOf(UnknownEntityException.class).hasMessage("Customer 'C1' has no budget to delete");
        assertThat(ledger.auditTrail(c1)).isEmpty();
    }

    @Test
    void delete_freezesCustomer_andIsAudited() {
        ledger.set(c1, Budget.monthly(usd("100")), "alice");

        BudgetAccount account = ledger.delete(c1, "bob");

        assertThat(account.freezeReasons()).containsExactly(FreezeReason.NO_BUDGET);
        assertThat(dec(ledger.remaining(c1))).isZero();
        assertThat(ledger.auditTrail(c1)).extracting(BudgetAuditEntry::operation)
                .containsExactly(BudgetOperation.SET, BudgetOperation.DELETE);
        assertThat(ledger.auditTrail(c1).get(1).newBudget()).isEmpty();
    }

    @Test
    void freeze_blocksDeduction_untilUnfrozen_andSettingBudgetKeepsManualFreeze() {
        ledger.freeze(c1, "alice");
        ledger.set(c1, Budget.monthly(usd("100")), "alice");

        assertThat(ledger.account(c1).freezeReasons()).containsExactly(FreezeReason.MANUAL);
        assertThatThrownBy(() -> deduct("O1", "1", march5))
                .isInstanceOf(CustomerFrozenException.class)
                .hasMessage("Customer 'C1' is frozen [MANUAL]: order 'O1' refused");

        ledger.unfreeze(c1, "bob");

        assertThat(deduct("O1", "1", march5).isAccepted()).isTrue();
        assertThat(ledger.auditTrail(c1)).extracting(BudgetAuditEntry::operation, BudgetAuditEntry::operator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BudgetOperation.FREEZE, "alice"),
                        org.assertj.core.groups.Tuple.tuple(BudgetOperation.SET, "alice"),
                        org.assertj.core.groups.Tuple.tuple(BudgetOperation.UNFREEZE, "bob"));
    }

    @Test
    void deduct_refusesFeeAboveRemaining_namingBoth_andChangesNothing() {
        ledger.set(c1, Budget.monthly(usd("100")), "alice");
        deduct("O1", "70", march5).orThrow();

        Deduction refused = deduct("O2", "30.01", march5);

        assertThat(refused.isAccepted()).isFalse();
        assertThatThrownBy(refused::orThrow)
                .isInstanceOf(BudgetExceededException.class)
                .hasMessage("Order 'O2' of customer 'C1' exceeds its budget: USD 30.00 remaining, USD 30.01 requested")
                .satisfies(e -> {
                    assertThat(dec(((BudgetExceededException) e).remaining())).isEqualByComparingTo("30");
                    assertThat(dec(((BudgetExceededException) e).requested())).isEqualByComparingTo("30.01");
                });
        assertThat(dec(ledger.used(c1))).isEqualByComparingTo("70");
        assertThat(ledger.charge(OrderId.of("O2"))).isEmpty();
        assertThat(ledger.isFrozen(c1)).isFalse();
    }

    @Test
    void deduct_atZeroLeft_refusesEvenFreeOrders() {
        ledger.set(c1, Budget.monthly(usd("100")), "alice");
        deduct("O1", "100", march5).orThrow();

        assertThatThrownBy(() -> deduct("O2", "0", march5).orThrow())
                .isInstanceOf(BudgetExceededException.class)
                .hasMessage("Order 'O2' of customer 'C1' exceeds its budget: USD 0.00 remaining, USD 0.00 requested");
        assertThat(deduct("O3", "0", beijing(2024, 4, 1, 0, 0)).isAccepted()).isTrue();
    }

    @Test
    void deduct_withAutoFreeze_freezesOnOverBudget_andChangeLiftsIt() {
        ledger.set(c1, Budget.monthly(usd("100")), "alice");
        ledger.autoFreeze(c1, true);

        assertThatThrownBy(() -> ledger.deduct(c1, OrderId.of("O1"), usd("101"), usd("101"), march5))
                .isInstanceOf(BudgetExceededException.class);

        assertThat(ledger.account(c1).freezeReasons()).containsExactly(FreezeReason.OVER_BUDGET);
        assertThat(dec(ledger.used(c1))).isZero();
        assertThat(ledger.auditTrail(c1).get(1).operation()).isEqualTo(BudgetOperation.FREEZE);
        assertThat(ledger.auditTrail(c1).get(1).operator()).isEqualTo(BudgetAuditEntry.SYSTEM);

        ledger.change(c1, Budget.monthly(usd("200")), "alice");

        assertThat(ledger.isFrozen(c1)).isFalse();
        assertThat(ledger.auditTrail(c1)).extracting(BudgetAuditEntry::operation).containsExactly(
                BudgetOperation.SET, BudgetOperation.FREEZE, BudgetOperation.CHANGE, BudgetOperation.UNFREEZE);
    }

    @Test
    void deduct_sameOrderTwice_deductsOnce_otherAmountIsRefused() {
        ledger.set(c1, Budget.monthly(usd("100")), "alice");
        BudgetCharge first = deduct("O1", "10", march5).orThrow();

        assertThat(deduct("O1", "10", march5).orThrow()).isEqualTo(first);
        assertThat(dec(ledger.used(c1))).isEqualByComparingTo("10");
        assertThatThrownBy(() -> deduct("O1", "11", march5))
                .isInstanceOf(DuplicateKeyException.class).hasMessageStartingWith("Order 'O1' was charged already");
    }

    @Test
    void monthlyBudget_renewsInNextCycle_packageBudgetDoesNot() {
        CustomerId c2 = fx.customer(p1, "C2");
        ledger.set(c1, Budget.monthly(usd("100")), "alice");
        ledger.set(c2, Budget.ofPackage(usd("100")), "alice");
        deduct("O1", "100", march5).orThrow();
        ledger.tryDeduct(c2, OrderId.of("O2"), usd("60"), usd("60"), march5).orThrow();
        // 2024-04-01 00:30 Beijing is still 2024-03-31 in UTC: the billing zone decides.
        Instant april = beijing(2024, 4, 1, 0, 30);
        fx.clock.set(april);

        assertThat(dec(ledger.remaining(c1))).isEqualByComparingTo("100");
        assertThat(ledger.account(c1).period()).hasToString("2024-04");
        assertThat(dec(ledger.remaining(c2))).isEqualByComparingTo("40");
        assertThat(deduct("O3", "100", april).isAccepted()).isTrue();
        assertThat(ledger.tryDeduct(c2, OrderId.of("O4"), usd("41"), usd("41"), april).isAccepted()).isFalse();
    }

    @Test
    void deduct_refusesOrderOfCycleBeforeMonthlyPeriod() {
        ledger.set(c1, Budget.monthly(usd("100")), "alice");
        deduct("O1", "1", beijing(2024, 4, 2, 0, 0)).orThrow();

        assertThatThrownBy(() -> deduct("O2", "1", march5))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Order 'O2' at 2024-03-05T02:00:00Z falls in cycle 2024-03, but the MONTHLY budget of"
                        + " customer 'C1' is in cycle 2024-04 already");
    }

    @Test
    void refund_givesFeeBack_neverBelowZeroUsed_andNeverMoreThanCharged() {
        ledger.set(c1, Budget.monthly(usd("100")), "alice");
        deduct("O1", "40", march5).orThrow();

        ledger.refund(OrderId.of("O1"), usd("15"), usd("15"), march5.plusSeconds(60));
        assertThat(dec(ledger.used(c1))).isEqualByComparingTo("25");

        assertThatThrownBy(() -> ledger.refund(OrderId.of("O1"), usd("25.01"), usd("25"), march5.plusSeconds(60)))
                .isInstanceOf(RefundExceedsOrderException.class)
                .hasMessage("Refund of USD 25.01 exceeds what is left un-refunded of order 'O1': USD 25 of 40");

        // In April the MONTHLY budget has renewed; the give-back goes to April's used amount
        // (10 used by O2), never below zero.
        Instant april = beijing(2024, 4, 3, 0, 0);
        fx.clock.set(april);
        deduct("O2", "10", april).orThrow();
        ledger.refund(OrderId.of("O1"), usd("25"), usd("25"), april);
        assertThat(dec(ledger.used(c1))).isZero();
        assertThat(dec(ledger.remaining(c1))).isEqualByComparingTo("100");
        assertThat(dec(ledger.charge(OrderId.of("O1")).orElseThrow().refundableFee())).isZero();
    }
}
