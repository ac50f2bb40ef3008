package io.partnerbill.core;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value given to a factory or parser breaks a domain rule (blank id, negative rate, too many decimals, ...).
 */
public class InvalidValueException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public InvalidValueException(String message) {
        super(ErrorCode.INVALID_VALUE, message, null);
    }

    /**
     * Creates the exception with the code of a subclass.
     *
     * @param code the kind of refusal, not null
     * @param message what was wrong, naming the bad value, not null
     * @param cause the underlying failure, or null if there is none
     */
    protected InvalidValueException(ErrorCode code, String message, @Nullable Throwable cause) {
        super(code, message, cause);
    }
}
