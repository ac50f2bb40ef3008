package io.partnerbill.core;

/**
 * Thrown when a bill line does not lie in the bill cycle it claims, or a line is offered to the bill of another cycle or partner.
 */
public class CycleMismatchException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public CycleMismatchException(String message) {
        super(ErrorCode.CYCLE_MISMATCH, message, null);
    }
}
