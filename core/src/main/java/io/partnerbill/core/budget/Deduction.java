package io.partnerbill.core.budget;

import io.partnerbill.core.billing.BudgetLedger;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link BudgetLedger#tryDeduct}: the order's charge when the fee fitted the
 * budget, or the refusal (remaining and requested amounts) when it did not.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deduction {

    private final CustomerId customer;
    private final OrderId order;
    private final @Nullable BudgetCharge charge;
    private final BigDecimal remaining;
    private final BigDecimal requested;
    private final CurrencyUnit currency;

    private Deduction(CustomerId customer, OrderId order, @Nullable BudgetCharge charge, BigDecimal remaining,
            BigDecimal requested, CurrencyUnit currency) {
        this.customer = customer;
        this.order = order;
        this.charge = charge;
        this.remaining = remaining;
        this.requested = requested;
        this.currency = currency;
    }

    /** Returns the deduction of an accepted charge, with what remains after it. */
    public static Deduction accepted(BudgetCharge charge, BigDecimal remainingAfter) {
        return new Deduction(charge.customer(), charge.order(), charge, remainingAfter, charge.feeDecimal(),
                charge.currency());
    }

    /** Returns the outcome of a charge refused for want of budget. */
    public static Deduction refused(CustomerId customer, OrderId order, BigDecimal remaining, BigDecimal requested,
            CurrencyUnit currency) {
        return new Deduction(customer, order, null, remaining, requested, currency);
    }

    /** @return true if the fee was deducted (or had been, for a repeated order) */
    public boolean isAccepted() {
        return charge != null;
    }

    /** @return the order's charge, or empty when refused, not null */
    public Optional<BudgetCharge> charge() {
        return Optional.ofNullable(charge);
    }

    /** @return what is left of the budget: after the deduction, or when refused, not null */
    public MonetaryAmount remaining() {
        return ExactMoney.monetary(remaining, currency);
    }

    /** @return the fee asked for, not null */
    public MonetaryAmount requested() {
        return ExactMoney.monetary(requested, currency);
    }

    /**
     * Returns the charge, or throws the refusal.
     *
     * @return the charge, not null
     * @throws BudgetExceededException if the deduction was refused
     */
    public BudgetCharge orThrow() {
        if (charge != null) {
            return charge;
        }
        throw new BudgetExceededException(customer, order, remaining(), requested(), "Order '" + order + "' of customer '" + customer + "' exceeds its budget: "
                + show(remaining) + " remaining, " + show(requested) + " requested");
    }

    private String show(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return currency.getCurrencyCode() + " "
                + (stripped.scale() <= 2 ? value.setScale(2) : stripped).toPlainString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Deduction o && o.customer.equals(customer) && o.order.equals(order)
                && Objects.equals(o.charge, charge) && o.remaining.equals(remaining) && o.requested.equals(requested);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customer, order, charge, remaining, requested);
    }

    @Override
    public String toString() {
        return "Deduction[" + order + " " + customer + (charge != null ? " accepted, " : " refused, ") + show(requested)
                + " requested, " + show(remaining) + " remaining]";
    }
}
