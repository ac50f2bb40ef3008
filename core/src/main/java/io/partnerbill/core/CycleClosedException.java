package io.partnerbill.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a line arrives for a cycle whose bill is issued: an issued bill is immutable, and corrections go in as ADJUSTMENT lines of a later cycle.
 */
public class CycleClosedException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    private final @Nullable PartnerId partner;
    private final @Nullable BillCycle cycle;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public CycleClosedException(String message) {
        super(ErrorCode.CYCLE_CLOSED, message, null);
        this.partner = null;
        this.cycle = null;
    }

    /**
     * Creates the exception with the values a service acts on.
     *
     * @param partner the partner (or reseller) whose cycle is closed, not null
     * @param cycle the closed cycle, not null
     * @param message what was wrong, naming the values, not null
     */
    public CycleClosedException(PartnerId partner, BillCycle cycle, String message) {
        super(ErrorCode.CYCLE_CLOSED, message, null);
        this.partner = Objects.requireNonNull(partner, "partner");
        this.cycle = Objects.requireNonNull(cycle, "cycle");
    }

    /** @return the partner (or reseller) whose cycle is closed, or empty if the thrower did not name it, not null */
    public Optional<PartnerId> partner() {
        return Optional.ofNullable(partner);
    }

    /** @return the closed cycle, or empty if the thrower did not name it, not null */
    public Optional<BillCycle> cycle() {
        return Optional.ofNullable(cycle);
    }
}
