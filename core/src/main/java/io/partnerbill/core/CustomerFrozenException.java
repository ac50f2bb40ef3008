package io.partnerbill.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a frozen customer (no budget yet, frozen by its reseller, or frozen
 * automatically when over budget) places an order; the message names the customer and why it
 * is frozen.
 */
public class CustomerFrozenException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    private final @Nullable CustomerId customer;
    private final @Nullable OrderId order;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public CustomerFrozenException(String message) {
        super(ErrorCode.CUSTOMER_FROZEN, message, null);
        this.customer = null;
        this.order = null;
    }

    /**
     * Creates the exception with the values a service acts on.
     *
     * @param customer the frozen customer, not null
     * @param order the refused order, not null
     * @param message what was wrong, naming the values, not null
     */
    public CustomerFrozenException(CustomerId customer, OrderId order, String message) {
        super(ErrorCode.CUSTOMER_FROZEN, message, null);
        this.customer = Objects.requireNonNull(customer, "customer");
        this.order = Objects.requireNonNull(order, "order");
    }

    /** @return the frozen customer, or empty if the thrower did not name it, not null */
    public Optional<CustomerId> customer() {
        return Optional.ofNullable(customer);
    }

    /** @return the refused order, or empty if the thrower did not name it, not null */
    public Optional<OrderId> order() {
        return Optional.ofNullable(order);
    }
}
