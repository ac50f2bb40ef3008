package io.partnerbill.core;

/**
 * Thrown when a line arrives for a cycle whose bill is issued: an issued bill is immutable, and corrections go in as ADJUSTMENT lines of a later cycle.
 */
public class CycleClosedException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public CycleClosedException(String message) {
        super(message);
    }
}
