package io.partnerbill.core;

/**
 * Thrown when a partner cannot join the reseller program or its application cannot move to the
 * status asked for: it is no CSP program member, has not accepted the reseller agreement, or
 * its application is not in a status that allows the step.
 */
public class EnrollmentException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public EnrollmentException(String message) {
        super(message);
    }
}
