package io.partnerbill.core;

/**
 * Thrown when an operation names an entity (discount, bill, line, ...) that does not exist.
 */
public class UnknownEntityException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public UnknownEntityException(String message) {
        super(ErrorCode.NOT_FOUND, message, null);
    }
}
