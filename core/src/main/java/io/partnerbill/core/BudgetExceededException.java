package io.partnerbill.core;

import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an order's fee exceeds what is left of its customer's budget; the message names
 * the customer, the remaining amount and the requested fee, which are also available as values.
 */
public class BudgetExceededException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /** What was left of the budget (the amount given, so an exact value, never re-rounded). */
    private final MonetaryAmount remaining;
    /** The fee asked for. */
    private final MonetaryAmount requested;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the customer and both amounts, not null
     * @param remaining what was left of the budget, not null
     * @param requested the fee asked for, not null
     */
    public BudgetExceededException(String message, MonetaryAmount remaining, MonetaryAmount requested) {
        this(message, remaining, requested, null, null);
    }

    /**
     * Creates the exception naming the customer ({@link #customer()}) and the refused order ({@link #order()}).
     *
     * @param customer the customer whose budget is exceeded, not null
     * @param order the refused order, not null
     * @param remaining what was left of the budget, not null
     * @param requested the fee asked for, not null
     * @param message what was wrong, naming the customer and both amounts, not null
     */
    public BudgetExceededException(CustomerId customer, OrderId order, MonetaryAmount remaining,
            MonetaryAmount requested, String message) {
        this(message, remaining, requested, Objects.requireNonNull(customer, "customer"),
                Objects.requireNonNull(order, "order"));
    }

    private BudgetExceededException(String message, MonetaryAmount remaining, MonetaryAmount requested,
            @Nullable CustomerId customer, @Nullable OrderId order) {
        super(ErrorCode.BUDGET_EXCEEDED, message, null, order, customer, null, null);
        this.remaining = Objects.requireNonNull(remaining, "remaining");
        this.requested = Objects.requireNonNull(requested, "requested");
    }

    /** @return what was left of the budget when the order was refused, not null */
    public MonetaryAmount remaining() {
        return remaining;
    }

    /** @return the fee the order asked for, not null */
    public MonetaryAmount requested() {
        return requested;
    }
}
