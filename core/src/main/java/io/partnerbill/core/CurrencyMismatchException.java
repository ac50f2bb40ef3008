package io.partnerbill.core;

/**
 * Thrown when amounts of two different currencies meet; the message names both currencies.
 */
public class CurrencyMismatchException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public CurrencyMismatchException(String message) {
        super(message);
    }
}
