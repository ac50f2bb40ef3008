package io.partnerbill.core;

import java.util.Objects;

/**
 * Thrown when a frozen customer (no budget yet, frozen by its reseller, or frozen
 * automatically when over budget) places an order; the message names the customer and why it
 * is frozen.
 */
public class CustomerFrozenException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public CustomerFrozenException(String message) {
        super(ErrorCode.CUSTOMER_FROZEN, message, null);
    }

    /**
     * Creates the exception naming the customer ({@link #customer()}) and the refused order ({@link #order()}).
     *
     * @param customer the frozen customer, not null
     * @param order the refused order, not null
     * @param message what was wrong, naming both, not null
     */
    public CustomerFrozenException(CustomerId customer, OrderId order, String message) {
        super(ErrorCode.CUSTOMER_FROZEN, message, null, Objects.requireNonNull(order, "order"),
                Objects.requireNonNull(customer, "customer"), null, null);
    }
}
