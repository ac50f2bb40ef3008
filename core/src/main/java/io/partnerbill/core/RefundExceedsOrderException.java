package io.partnerbill.core;

/**
 * Thrown when a refund asks for more than is left un-refunded of its original order; the
 * message names both amounts.
 */
public class RefundExceedsOrderException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public RefundExceedsOrderException(String message) {
        super(message);
    }
}
