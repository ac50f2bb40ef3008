package io.partnerbill.core.budget;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The budget state of one customer, as a {@link io.partnerbill.core.store.BudgetStore} keeps it:
 * its budget (if any), what it has used in the current period, and why it is frozen.
 *
 * <p>The <em>period</em> is the bill cycle that {@link #used()} belongs to. For a MONTHLY budget
 * the used amount starts again at zero in every later cycle ({@link #rolledTo}); for a PACKAGE
 * budget it carries on until the budget is deleted. {@code remaining = amount - used}, and the
 * ledger keeps {@code 0 <= used <= amount}. A customer without a budget is frozen
 * ({@link FreezeReason#NO_BUDGET}) and has nothing remaining.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetAccount {

    private final CustomerId customer;
    private final CurrencyUnit currency;
    private final @Nullable Budget budget;
    private final BillCycle period;
    private final BigDecimal used;
    private final Set<FreezeReason> freezes;
    private final boolean autoFreeze;

    private BudgetAccount(CustomerId customer, CurrencyUnit currency, @Nullable Budget budget, BillCycle period,
            BigDecimal used, Set<FreezeReason> freezes, boolean autoFreeze) {
        this.customer = customer;
        this.currency = currency;
        this.budget = budget;
        this.period = period;
        this.used = used;
        this.freezes = freezes;
        this.autoFreeze = autoFreeze;
    }

    /**
     * Opens the account of a new customer: no budget, nothing used, frozen for want of a budget.
     *
     * @param customer the customer, not null
     * @param currency the billing currency, not null
     * @param period the current cycle, not null
     * @return the account, not null
     */
    public static BudgetAccount open(CustomerId customer, CurrencyUnit currency, BillCycle period) {
        return of(customer, currency, null, period, BigDecimal.ZERO, EnumSet.of(FreezeReason.NO_BUDGET), false);
    }

    /**
     * Restores an account from its parts, as a store reads it back.
     *
     * @param customer the customer, not null
     * @param currency the billing currency, not null
     * @param budget the budget, or null for none
     * @param period the cycle the used amount belongs to, not null
     * @param used the used amount, zero or more, at most 8 decimals, not null
     * @param freezes the freeze reasons, possibly empty, not null
     * @param autoFreeze whether an over-budget order freezes the customer
     * @return the account, not null
     * @throws InvalidValueException if the used amount is negative or the budget's currency differs
     */
    public static BudgetAccount of(CustomerId customer, CurrencyUnit currency, @Nullable Budget budget,
            BillCycle period, BigDecimal used, Set<FreezeReason> freezes, boolean autoFreeze) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(freezes, "freezes");
        if (used.signum() < 0) {
            throw new InvalidValueException("Used budget of customer '" + customer + "' must not be negative, was '"
                    + used.toPlainString() + "'");
        }
        if (budget != null) {
            ExactMoney.requireCurrency(currency, budget.currency(), "Budget of customer '" + customer + "'");
        }
        EnumSet<FreezeReason> copy = EnumSet.noneOf(FreezeReason.class);
        copy.addAll(freezes);
        return new BudgetAccount(customer, currency, budget, period,
                ExactMoney.atLineScale(used, "Used budget of customer '" + customer + "'"),
                Collections.unmodifiableSet(copy), autoFreeze);
    }

    /** @return the customer, not null */
    public CustomerId customer() {
        return customer;
    }

    /** @return the billing currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** @return the budget, or empty when none is set, not null */
    public Optional<Budget> budget() {
        return Optional.ofNullable(budget);
    }

    /** @return the cycle the used amount belongs to, not null */
    public BillCycle period() {
        return period;
    }

    /** @return what was used in the period, at scale 8, not null */
    public MonetaryAmount used() {
        return ExactMoney.monetary(used, currency);
    }

    /** @return what was used in the period as a decimal at scale 8, not null */
    public BigDecimal usedDecimal() {
        return used;
    }

    /** @return the budget amount minus what was used (zero without a budget), not null */
    public MonetaryAmount remaining() {
        return ExactMoney.monetary(remainingDecimal(), currency);
    }

    /** @return the remaining amount as a decimal at scale 8, not null */
    public BigDecimal remainingDecimal() {
        return budget == null ? BigDecimal.ZERO.setScale(ExactMoney.LINE_SCALE)
                : budget.amountDecimal().subtract(used).setScale(ExactMoney.LINE_SCALE);
    }

    /** @return why the customer is frozen; empty when it is not, not null */
    public Set<FreezeReason> freezeReasons() {
        return freezes;
    }

    /** @return true if the customer is frozen for any reason */
    public boolean isFrozen() {
        return !freezes.isEmpty();
    }

    /** @return true if an order that would exceed the budget freezes the customer */
    public boolean autoFreeze() {
        return autoFreeze;
    }

    /**
     * Returns this account as seen in a cycle: a MONTHLY budget's used amount starts again at
     * zero in a cycle after the period. An earlier cycle changes nothing.
     *
     * @param cycle the cycle, not null
     * @return the account in that cycle, not null
     */
    public BudgetAccount rolledTo(BillCycle cycle) {
        Objects.requireNonNull(cycle, "cycle");
        if (!period.isBefore(cycle)) {
            return this;
        }
        boolean renews = budget == null || budget.type() == BudgetType.MONTHLY;
        return new BudgetAccount(customer, currency, budget, cycle,
                renews ? BigDecimal.ZERO.setScale(ExactMoney.LINE_SCALE) : used, freezes, autoFreeze);
    }

    /** Returns this account with another budget (or none) and used amount (scale 8). */
    public BudgetAccount withBudget(@Nullable Budget newBudget, BigDecimal newUsed) {
        return new BudgetAccount(customer, currency, newBudget, period, newUsed.setScale(ExactMoney.LINE_SCALE), freezes,
                autoFreeze);
    }

    /** Returns this account with another used amount (scale 8). */
    public BudgetAccount withUsed(BigDecimal newUsed) {
        return withBudget(budget, newUsed);
    }

    /** Returns this account with another set of freezes. */
    public BudgetAccount withFreezes(Set<FreezeReason> newFreezes) {
        EnumSet<FreezeReason> copy = EnumSet.noneOf(FreezeReason.class);
        copy.addAll(newFreezes);
        return new BudgetAccount(customer, currency, budget, period, used, Collections.unmodifiableSet(copy), autoFreeze);
    }

    /** Returns this account with automatic freezing switched on or off. */
    public BudgetAccount withAutoFreeze(boolean on) {
        return new BudgetAccount(customer, currency, budget, period, used, freezes, on);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BudgetAccount o && o.customer.equals(customer)
                && o.currency.getCurrencyCode().equals(currency.getCurrencyCode()) && Objects.equals(o.budget, budget)
                && o.period.equals(period) && o.used.equals(used) && o.freezes.equals(freezes)
                && o.autoFreeze == autoFreeze;
    }

    @Override
    public int hashCode() {
        return Objects.hash(customer, budget, period, used, freezes, autoFreeze);
    }

    @Override
    public String toString() {
        return "BudgetAccount[" + customer + ", " + (budget == null ? "no budget" : budget) + ", used "
                + used.toPlainString() + " in " + period + (freezes.isEmpty() ? "" : ", frozen " + freezes)
                + (autoFreeze ? ", auto-freeze" : "") + "]";
    }
}
