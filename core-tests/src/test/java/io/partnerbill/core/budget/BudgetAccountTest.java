package io.partnerbill.core.budget;

import static io.partnerbill.core.testing.OrdersFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class BudgetAccountTest {

    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final CustomerId C1 = CustomerId.of("C1");
    private static final BillCycle MARCH = BillCycle.of(2024, 3);

    private static BudgetAccount with(Budget budget, String used) {
        return BudgetAccount.of(C1, USD, budget, MARCH, new BigDecimal(used), Set.of(), false);
    }

    @Test
    void open_hasNoBudget_nothingRemaining_andIsFrozenForWantOfBudget() {
        BudgetAccount account = BudgetAccount.open(C1, USD, MARCH);

        assertThat(account.budget()).isEmpty();
        assertThat(account.remainingDecimal()).isZero();
        assertThat(account.freezeReasons()).containsExactly(FreezeReason.NO_BUDGET);
        assertThat(account).hasToString("BudgetAccount[C1, no budget, used 0.00000000 in 2024-03, frozen [NO_BUDGET]]");
    }

    @Test
    void remaining_isAmountMinusUsed() {
        assertThat(with(Budget.monthly(usd("100")), "30.5").remainingDecimal()).isEqualByComparingTo("69.5");
    }

    @Test
    void rolledTo_laterCycle_renewsMonthly_butNotPackage_andEarlierCycleChangesNothing() {
        BudgetAccount monthly = with(Budget.monthly(usd("100")), "30");
        BudgetAccount pack = with(Budget.ofPackage(usd("100")), "30");

        assertThat(monthly.rolledTo(MARCH.next()).usedDecimal()).isZero();
        assertThat(monthly.rolledTo(MARCH.next()).period()).isEqualTo(MARCH.next());
        assertThat(pack.rolledTo(MARCH.next()).usedDecimal()).isEqualByComparingTo("30");
        assertThat(monthly.rolledTo(MARCH.previous())).isSameAs(monthly);
    }

    @Test
    void of_refusesNegativeUsed_andBudgetInOtherCurrency() {
        assertThatThrownBy(() -> with(Budget.monthly(usd("100")), "-0.01"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Used budget of customer 'C1' must not be negative, was '-0.01'");
        Budget eur = Budget.monthly(ExactMoney.monetary(BigDecimal.TEN, Monetary.getCurrency("EUR")));
        assertThatThrownBy(() -> BudgetAccount.of(C1, USD, eur, MARCH, BigDecimal.ZERO, Set.of(), false))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Budget of customer 'C1' is in EUR but USD was expected");
    }

    @Test
    void charge_boundsRefunds() {
        BudgetCharge charge = BudgetCharge.of(OrderId.of("O1"), C1, MARCH, USD, new BigDecimal("10"),
                new BigDecimal("8.8"), BigDecimal.ZERO, BigDecimal.ZERO);
        BudgetCharge partly = charge.plusRefund(new BigDecimal("4"), new BigDecimal("3.52"));

        assertThat(partly.refundableFeeDecimal()).isEqualByComparingTo("6");
        assertThat(partly.refundableSettlementDecimal()).isEqualByComparingTo("5.28");
        assertThatThrownBy(() -> partly.plusRefund(new BigDecimal("6.01"), BigDecimal.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Charge of order 'O1' must have refunded 0 to 10.00000000 of its fee and 0 to 8.80000000 of"
                        + " its settlement, was '10.01000000' and '3.52000000'");
    }
}
