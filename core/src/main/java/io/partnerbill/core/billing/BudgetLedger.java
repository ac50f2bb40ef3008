package io.partnerbill.core.billing;

import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.budget.BudgetAuditEntry;
import io.partnerbill.core.budget.BudgetCharge;
import io.partnerbill.core.budget.BudgetOperation;
import io.partnerbill.core.budget.Deduction;
import io.partnerbill.core.budget.FreezeReason;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerFrozenException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.RefundExceedsOrderException;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.reseller.Customer;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Customers' budgets: set, change and delete them (each recorded in the audit trail with the
 * old and new budget, the operator and the instant), freeze and unfreeze customers, and deduct
 * order fees and give refunds back.
 *
 * <p>Rules: a customer without a budget is frozen; {@code remaining = amount -
 * used in the current period}, where a MONTHLY budget's period is the bill cycle (in the
 * billing zone) and a PACKAGE budget's lasts until the budget is deleted; a fee larger than
 * what remains is refused, and at 0 remaining every order is refused, even a free one. A
 * change keeps what was used in the period and may not go below it, so
 * {@code 0 <= used <= amount} always holds. With automatic freeze on, an order that would
 * exceed the budget also freezes the customer ({@link FreezeReason#OVER_BUDGET},
 * recorded in the audit trail by {@value BudgetAuditEntry#SYSTEM}); that freeze is kept even
 * though the order is refused. Only an APPROVED reseller's customers have budgets.
 *
 * <p>This class is thread-safe; each operation is one transaction of the store and joins the
 * caller's transaction when there is one.
 */
public final class BudgetLedger {

    private final BillingStore store;
    private final Clock clock;
    private final BillingCalendar calendar;
    private final CurrencyUnit currency;
    private final LedgerPostings postings;

    private BudgetLedger(BillingStore store, Clock clock, BillingCalendar calendar, CurrencyUnit currency) {
        this.store = store;
        this.clock = clock;
        this.calendar = calendar;
        this.currency = currency;
        this.postings = new LedgerPostings(store, clock, calendar, currency);
    }

    /**
     * Obtains the ledger over a store. Services normally use {@code PartnerBilling.budgets()}.
     *
     * @param store the store, not null
     * @param clock the clock that dates changes and tells the current period, not null
     * @param calendar the calendar whose cycles are the MONTHLY periods, not null
     * @param currency the billing currency, not null
     * @return the ledger, not null
     */
    public static BudgetLedger of(BillingStore store, Clock clock, BillingCalendar calendar, CurrencyUnit currency) {
        return new BudgetLedger(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Sets the budget of a customer that has none; lifts the freeze for want of a budget (and an
     * automatic one), not a manual freeze. Nothing is used yet in the new budget.
     *
     * @param customer the customer, not null
     * @param budget the budget, in the billing currency, not null
     * @param operator who sets it, not blank, not null
     * @return the account, not null
     * @throws DuplicateKeyException if the customer has a budget already (change it instead)
     */
    public BudgetAccount set(CustomerId customer, Budget budget, String operator) {
        return update(customer, budget, operator, (account, now) -> {
            if (account.budget().isPresent()) {
                throw new DuplicateKeyException("Customer '" + customer + "' has a budget already ("
                        + account.budget().get() + "); change it instead of setting " + budget);
            }
            EnumSet<FreezeReason> freezes = reasons(account);
            freezes.remove(FreezeReason.NO_BUDGET);
            freezes.remove(FreezeReason.OVER_BUDGET);
            return new Step(account.withBudget(budget, BigDecimal.ZERO).withFreezes(freezes), BudgetOperation.SET);
        });
    }

    /**
     * Changes a customer's budget (amount, type or both), keeping what was used in the current
     * period; lifts an automatic freeze.
     *
     * @param customer the customer, not null
     * @param budget the new budget, in the billing currency, not null
     * @param operator who changes it, not blank, not null
     * @return the account, not null
     * @throws UnknownEntityException if the customer has no budget
     * @throws InvalidValueException if the new amount is less than what was used in the period
     */
    public BudgetAccount change(CustomerId customer, Budget budget, String operator) {
        return update(customer, budget, operator, (account, now) -> {
            Budget old = account.budget().orElseThrow(() -> new UnknownEntityException("Customer '" + customer
                    + "' has no budget to change; set one first"));
            if (budget.amountDecimal().compareTo(account.usedDecimal()) < 0) {
                throw new InvalidValueException("Budget of customer '" + customer + "' cannot be changed from " + old
                        + " to " + budget + ": " + currency.getCurrencyCode() + " "
                        + account.usedDecimal().stripTrailingZeros().toPlainString() + " is used in "
                        + account.period() + " already");
            }
            EnumSet<FreezeReason> freezes = reasons(account);
            freezes.remove(FreezeReason.OVER_BUDGET);
            return new Step(account.withBudget(budget, account.usedDecimal()).withFreezes(freezes),
                    BudgetOperation.CHANGE);
        });
    }

    /**
     * Deletes a customer's budget; the customer is frozen until a new one is set.
     *
     * @param customer the customer, not null
     * @param operator who deletes it, not blank, not null
     * @return the account, not null
     * @throws UnknownEntityException if the customer has no budget
     */
    public BudgetAccount delete(CustomerId customer, String operator) {
        return update(customer, null, operator, (account, now) -> {
            if (account.budget().isEmpty()) {
                throw new UnknownEntityException("Customer '" + customer + "' has no budget to delete");
            }
            EnumSet<FreezeReason> freezes = reasons(account);
            freezes.add(FreezeReason.NO_BUDGET);
            return new Step(account.withBudget(null, BigDecimal.ZERO).withFreezes(freezes), BudgetOperation.DELETE);
        });
    }

    /**
     * Freezes a customer by hand; freezing a manually frozen customer changes nothing.
     *
     * @param customer the customer, not null
     * @param operator who freezes it, not blank, not null
     * @return the account, not null
     */
    public BudgetAccount freeze(CustomerId customer, String operator) {
        return update(customer, null, operator, (account, now) -> {
            EnumSet<FreezeReason> freezes = reasons(account);
            return freezes.add(FreezeReason.MANUAL) ? new Step(account.withFreezes(freezes), BudgetOperation.FREEZE)
                    : new Step(account, null);
        });
    }

    /**
     * Lifts a manual and an automatic freeze. A customer without a budget stays frozen.
     *
     * @param customer the customer, not null
     * @param operator who unfreezes it, not blank, not null
     * @return the account, not null
     */
    public BudgetAccount unfreeze(CustomerId customer, String operator) {
        return update(customer, null, operator, (account, now) -> {
            EnumSet<FreezeReason> freezes = reasons(account);
            boolean changed = freezes.removeAll(EnumSet.of(FreezeReason.MANUAL, FreezeReason.OVER_BUDGET));
            return changed ? new Step(account.withFreezes(freezes), BudgetOperation.UNFREEZE) : new Step(account, null);
        });
    }

    /**
     * Turns automatic freeze on or off for a customer (off by default).
     *
     * @param customer the customer, not null
     * @param on true to freeze the customer when an order would exceed its budget
     * @return the account, not null
     */
    public BudgetAccount autoFreeze(CustomerId customer, boolean on) {
        return update(customer, null, BudgetAuditEntry.SYSTEM,
                (account, now) -> new Step(account.withAutoFreeze(on), null));
    }

    private record Step(BudgetAccount account, @Nullable BudgetOperation operation) {
    }

    private interface Change {
        Step apply(BudgetAccount account, Instant now);
    }

    private BudgetAccount update(CustomerId customer, @Nullable Budget budget,
            String operator, Change change) {
        Objects.requireNonNull(customer, "customer");
        BudgetAuditEntry.checkOperator(operator);
        if (budget != null) {
            ExactMoney.requireCurrency(currency, budget.currency(), "Budget of customer '" + customer + "'");
        }
        Instant now = clock.instant();
        BillCycle cycle = calendar.cycleOf(now);
        return store.inTransaction(s -> {
            BudgetAccount before = postings.load(s, customer, "set budgets").rolledTo(cycle);
            Step step = change.apply(before, now);
            s.budgets().save(step.account());
            if (step.operation() != null) {
                s.budgets().appendAudit(BudgetAuditEntry.of(customer, step.operation(), before.budget().orElse(null),
                        step.account().budget().orElse(null), operator, now));
            }
            if (before.freezeReasons().contains(FreezeReason.OVER_BUDGET)
                    && !step.account().freezeReasons().contains(FreezeReason.OVER_BUDGET)
                    && step.operation() != BudgetOperation.UNFREEZE) {
                s.budgets().appendAudit(BudgetAuditEntry.of(customer, BudgetOperation.UNFREEZE,
                        step.account().budget().orElse(null), step.account().budget().orElse(null), BudgetAuditEntry.SYSTEM, now));
            }
            return step.account();
        });
    }

    static EnumSet<FreezeReason> reasons(BudgetAccount account) {
        EnumSet<FreezeReason> set = EnumSet.noneOf(FreezeReason.class);
        set.addAll(account.freezeReasons());
        return set;
    }


    /**
     * Deducts an order's fee from its customer's budget, or refuses it; see {@link #deduct}.
     * A fee that exceeds what remains is not thrown but returned as a refused deduction, so
     * that a caller's transaction still commits the automatic freeze it may have caused.
     *
     * @param customer the customer, not null
     * @param order the order, not null
     * @param fee the order's fee (list amount), zero or more, in the billing currency, not null
     * @param settlement the order's settlement amount, zero or more, not null
     * @param at the order instant, whose cycle is the period charged, not null
     * @return the deduction, accepted or refused, not null
     * @throws UnknownEntityException if the customer or its reseller is unknown
     * @throws io.partnerbill.core.ResellerNotApprovedException if the reseller is not APPROVED
     * @throws CustomerFrozenException if the customer is frozen
     * @throws DuplicateKeyException if the order was charged already with another customer or amount
     * @throws InvalidValueException if a MONTHLY budget has moved on to a cycle after the order's
     */
    public Deduction tryDeduct(CustomerId customer, OrderId order, MonetaryAmount fee, MonetaryAmount settlement,
            Instant at) {
        return postings.tryDeduct(customer, order, fee, settlement, at);
    }

    /**
     * As {@link #tryDeduct(CustomerId, OrderId, MonetaryAmount, MonetaryAmount, Instant)}, for the
     * order path: run in the order's transaction {@code s}, which has read the customer and checked
     * its reseller APPROVED already, so neither is read again and no nested transaction (a savepoint
     * on a database) is opened; the fee and settlement are the exact decimals the order and its
     * line hold, in the ledger's currency (building Moneta amounts only to take them apart again was
     * a large share of an order's time).
     */
    Deduction tryDeductWithin(BillingStore s, Customer known, OrderId order, BigDecimal fee, BigDecimal settlement,
            Instant at) {
        return postings.tryDeductWithin(s, known, order, fee, settlement, at);
    }

    /**
     * Deducts an order's fee from its customer's budget, once per order id: the same order again
     * deducts nothing and returns its charge.
     *
     * @param customer the customer, not null
     * @param order the order, not null
     * @param fee the order's fee (list amount), zero or more, in the billing currency, not null
     * @param settlement the order's settlement amount, zero or more, not null
     * @param at the order instant, not null
     * @return the order's charge, not null
     * @throws io.partnerbill.core.BudgetExceededException if the fee exceeds what remains (an
     *         automatic freeze it causes is kept)
     * @throws io.partnerbill.core.PartnerBillingException as {@link #tryDeduct} does
     */
    public BudgetCharge deduct(CustomerId customer, OrderId order, MonetaryAmount fee, MonetaryAmount settlement,
            Instant at) {
        return tryDeduct(customer, order, fee, settlement, at).orThrow();
    }

    /**
     * Records a refund of part of an order and gives the refunded fee back to the customer's
     * budget in the refund's period (for a MONTHLY budget, the cycle of the refund instant, even
     * when the order was placed in an earlier cycle). The give-back never takes that period's
     * used amount below zero, so it never lifts the remaining amount above the budget; a
     * customer without a budget gets nothing back.
     *
     * @param original the refunded order, not null
     * @param fee the fee refunded, zero or more, not null
     * @param settlement the settlement refunded, zero or more, not null
     * @param at the refund instant, not null
     * @return the order's charge after the refund, not null
     * @throws UnknownEntityException if the order has no charge
     * @throws RefundExceedsOrderException if the fee or settlement exceeds what is left un-refunded
     */
    public BudgetCharge refund(OrderId original, MonetaryAmount fee, MonetaryAmount settlement, Instant at) {
        return postings.refund(original, fee, settlement, at);
    }

    /**
     * Returns a customer's account as of now (a MONTHLY budget rolled over to the current cycle).
     *
     * @param customer the customer, not null
     * @return the account, not null
     * @throws UnknownEntityException if there is no such customer
     */
    public BudgetAccount account(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        BillCycle cycle = calendar.cycleOf(clock.instant());
        return store.inTransaction(s -> {
            Customer known = s.customers().find(customer)
                    .orElseThrow(() -> new UnknownEntityException("Unknown customer '" + customer + "'"));
            return s.budgets().find(customer)
                    .orElseGet(() -> BudgetAccount.open(customer, currency, calendar.cycleOf(known.associatedAt())))
                    .rolledTo(cycle);
        });
    }

    /**
     * Returns a customer's budget.
     *
     * @param customer the customer, not null
     * @return the budget, or empty, not null
     */
    public Optional<Budget> find(CustomerId customer) {
        return account(customer).budget();
    }

    /**
     * Returns what is left of a customer's budget in the current period.
     *
     * @param customer the customer, not null
     * @return the remaining amount, zero without a budget, not null
     */
    public MonetaryAmount remaining(CustomerId customer) {
        return account(customer).remaining();
    }

    /**
     * Returns what a customer used of its budget in the current period.
     *
     * @param customer the customer, not null
     * @return the used amount, not null
     */
    public MonetaryAmount used(CustomerId customer) {
        return account(customer).used();
    }

    /**
     * Returns whether a customer is frozen.
     *
     * @param customer the customer, not null
     * @return true if frozen for any reason
     */
    public boolean isFrozen(CustomerId customer) {
        return account(customer).isFrozen();
    }

    /**
     * Lists a customer's audit trail, oldest first.
     *
     * @param customer the customer, not null
     * @return the entries, not null
     */
    public List<BudgetAuditEntry> auditTrail(CustomerId customer) {
        return store.budgets().auditTrail(Objects.requireNonNull(customer, "customer"));
    }

    /**
     * Finds the charge of an order.
     *
     * @param order the order, not null
     * @return the charge, or empty if the order took nothing from a budget, not null
     */
    public Optional<BudgetCharge> charge(OrderId order) {
        return store.budgets().findCharge(Objects.requireNonNull(order, "order"));
    }

    /** @return the billing currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }
}
