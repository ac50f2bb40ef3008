package io.partnerbill.core;

import java.util.Objects;

/**
 * Thrown when a line arrives for a cycle whose bill is issued: an issued bill is immutable, and corrections go in as ADJUSTMENT lines of a later cycle.
 */
public class CycleClosedException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public CycleClosedException(String message) {
        super(ErrorCode.CYCLE_CLOSED, message, null);
    }

    /**
     * Creates the exception naming the partner ({@link #partner()}) and its closed cycle ({@link #cycle()}).
     *
     * @param partner the partner (or reseller) whose cycle is closed, not null
     * @param cycle the closed cycle, not null
     * @param message what was wrong, naming both, not null
     */
    public CycleClosedException(PartnerId partner, BillCycle cycle, String message) {
        super(ErrorCode.CYCLE_CLOSED, message, null, null, null, Objects.requireNonNull(partner, "partner"),
                Objects.requireNonNull(cycle, "cycle"));
    }
}
