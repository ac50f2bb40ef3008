package io.partnerbill.core.reseller;

import io.partnerbill.core.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a reseller application's history: the status it moved to, when, and the reason
 * (required for REJECTED, empty otherwise).
 *
 * @param status the new status, not null
 * @param at when it changed, not null
 * @param reason why: non-blank for REJECTED, else possibly empty, not null
 */
public record StatusChange(ApplicationStatus status, Instant at, String reason) {

    /**
     * Checks the components; a rejection needs a reason.
     *
     * @param status the new status, not null
     * @param at when it changed, not null
     * @param reason why: non-blank for REJECTED, else possibly empty, not null
     */
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        if (status == ApplicationStatus.REJECTED && reason.isBlank()) {
            throw new InvalidValueException("A rejection must give a reason, was '" + reason + "'");
        }
    }

    @Override
    public String toString() {
        return at + " " + status + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
