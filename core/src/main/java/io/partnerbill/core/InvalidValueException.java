package io.partnerbill.core;

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
        super(message);
    }
}
