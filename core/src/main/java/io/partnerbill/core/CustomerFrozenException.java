package io.partnerbill.core;

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
        super(message);
    }
}
