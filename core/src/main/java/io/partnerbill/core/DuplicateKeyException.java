package io.partnerbill.core;

/**
 * Thrown when a different value is offered under a key that already holds one (an order id, a bill, a reference): the idempotency rules allow the same value again, never another.
 */
public class DuplicateKeyException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public DuplicateKeyException(String message) {
        super(message);
    }
}
