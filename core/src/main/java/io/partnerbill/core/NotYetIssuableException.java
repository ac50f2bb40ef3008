package io.partnerbill.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a cycle's bill is issued before its issue instant (the 5th of the next month, 12:00 in the billing zone); the message names that instant.
 */
public class NotYetIssuableException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    private final @Nullable BillCycle cycle;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public NotYetIssuableException(String message) {
        super(ErrorCode.NOT_YET_ISSUABLE, message, null);
        this.cycle = null;
    }

    /**
     * Creates the exception with the values a service acts on.
     *
     * @param cycle the cycle whose bill or statement was asked for, not null
     * @param message what was wrong, naming the values, not null
     */
    public NotYetIssuableException(BillCycle cycle, String message) {
        super(ErrorCode.NOT_YET_ISSUABLE, message, null);
        this.cycle = Objects.requireNonNull(cycle, "cycle");
    }

    /** @return the cycle whose bill or statement was asked for, or empty if the thrower did not name it, not null */
    public Optional<BillCycle> cycle() {
        return Optional.ofNullable(cycle);
    }
}
