package io.partnerbill.core;

import java.util.Objects;

/**
 * Thrown when a cycle's bill is issued before its issue instant (the 5th of the next month, 12:00 in the billing zone); the message names that instant.
 */
public class NotYetIssuableException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public NotYetIssuableException(String message) {
        super(ErrorCode.NOT_YET_ISSUABLE, message, null);
    }

    /**
     * Creates the exception naming the partner (or reseller) whose bill it is ({@link #partner()}) and
     * the cycle ({@link #cycle()}).
     *
     * @param partner the partner billed, or the reseller of a customer statement, not null
     * @param cycle the cycle asked for, not null
     * @param message what was wrong, naming the issue instant, not null
     */
    public NotYetIssuableException(PartnerId partner, BillCycle cycle, String message) {
        super(ErrorCode.NOT_YET_ISSUABLE, message, null, null, null, Objects.requireNonNull(partner, "partner"),
                Objects.requireNonNull(cycle, "cycle"));
    }
}
