package io.partnerbill.core;

/**
 * Thrown when a cycle's bill is issued before its issue instant (the 5th of the next month, 12:00 in the billing zone); the message names that instant.
 */
public class NotYetIssuableException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public NotYetIssuableException(String message) {
        super(message);
    }
}
