package io.partnerbill.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception that partnerbill throws for bad input or a refused operation.
 *
 * <p>A refused operation changes nothing; the message names the offending value.
 */
public class PartnerBillingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public PartnerBillingException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what was wrong, naming the bad value, not null
     * @param cause the underlying failure, or null if there is none
     */
    public PartnerBillingException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
