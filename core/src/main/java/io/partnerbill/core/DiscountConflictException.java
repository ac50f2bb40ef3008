package io.partnerbill.core;

/**
 * Thrown when a discount cannot be authorized or canceled because of another discount or its own state.
 */
public class DiscountConflictException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public DiscountConflictException(String message) {
        super(ErrorCode.DISCOUNT_CONFLICT, message, null);
    }
}
