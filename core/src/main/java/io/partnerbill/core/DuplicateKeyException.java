package io.partnerbill.core;

import org.jspecify.annotations.Nullable;

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
        super(ErrorCode.DUPLICATE_KEY, message, null);
    }

    /**
     * Creates the exception with the code of a subclass.
     *
     * @param code the kind of refusal, not null
     * @param message what was wrong, naming the bad value, not null
     * @param cause the underlying failure, or null if there is none
     */
    protected DuplicateKeyException(ErrorCode code, String message, @Nullable Throwable cause) {
        super(code, message, cause);
    }

    /**
     * Creates the exception with the code of a subclass, naming the order whose id is taken.
     *
     * @param code the kind of refusal, not null
     * @param message what was wrong, naming the order id, not null
     * @param order the order id, not null
     */
    protected DuplicateKeyException(ErrorCode code, String message, OrderId order) {
        super(code, message, null, order, null, null, null);
    }
}
