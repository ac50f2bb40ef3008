package io.partnerbill.core;

import org.jspecify.annotations.Nullable;

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
        super(ErrorCode.ENROLLMENT_REFUSED, message, null);
    }

    /**
     * Creates the exception with the code of a subclass.
     *
     * @param code the kind of refusal, not null
     * @param message what was wrong, naming the bad value, not null
     * @param cause the underlying failure, or null if there is none
     */
    protected EnrollmentException(ErrorCode code, String message, @Nullable Throwable cause) {
        super(code, message, cause);
    }
}
