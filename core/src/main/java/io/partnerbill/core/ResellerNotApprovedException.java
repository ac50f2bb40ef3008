package io.partnerbill.core;

/**
 * Thrown when a reseller whose application is not APPROVED tries to own customers, set budgets
 * or have orders billed; the message names the reseller and its status.
 */
public class ResellerNotApprovedException extends EnrollmentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public ResellerNotApprovedException(String message) {
        super(ErrorCode.RESELLER_NOT_APPROVED, message, null);
    }
}
