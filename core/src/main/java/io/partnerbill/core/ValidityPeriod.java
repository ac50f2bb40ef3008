package io.partnerbill.core;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The time in which something is valid: the half-open range {@code [start, end)} of instants,
 * never empty.
 *
 * <p>Every validity period in partnerbill has this one form. A coupon's is its
 * {@code [validFrom, validUntil)} as given. A discount's expiry is inclusive to the second, as the
 * operator writes it ({@code Dec 31, 2099 23:59:59}): the discount gives and reads that expiry and
 * keeps the period {@code [effective, expiry + 1 s)}.
 *
 * <p>The canonical text is {@code "[2024-01-01T00:00:00Z, 2024-02-01T00:00:00Z)"}, which
 * {@link #parse(CharSequence)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidityPeriod {

    private final Instant start;
    private final Instant end;

    private ValidityPeriod(Instant start, Instant end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains the period {@code [start, end)}.
     *
     * @param start the first instant of the period, not null
     * @param end the first instant after it, after start, not null
     * @return the period, not null
     * @throws InvalidValueException if end is not after start
     */
    public static ValidityPeriod of(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new InvalidValueException("Validity period must end after it starts, was '[" + start + ", " + end + ")'");
        }
        return new ValidityPeriod(start, end);
    }

    /**
     * Parses the canonical text {@code "[start, end)"} with ISO-8601 instants.
     *
     * @param text the text, not null
     * @return the period, not null
     * @throws InvalidValueException if the text is not of that form or end is not after start
     */
    public static ValidityPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int comma = s.indexOf(", ");
        if (s.length() < 6 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ')' || comma < 0) {
            throw new InvalidValueException("Validity period must be '[start, end)', was '" + s + "'");
        }
        try {
            return of(Instant.parse(s.substring(1, comma)), Instant.parse(s.substring(comma + 2, s.length() - 1)));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("Validity period must be '[start, end)' with ISO-8601 instants, was '" + s + "'");
        }
    }

    /** @return the first instant of the period (inclusive), not null */
    public Instant start() {
        return start;
    }

    /** @return the first instant after the period (exclusive), not null */
    public Instant end() {
        return end;
    }

    /**
     * Returns whether an instant lies in the period.
     *
     * @param at the instant, not null
     * @return true if {@code start <= at < end}
     */
    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    /**
     * Returns whether some instant lies in both periods.
     *
     * @param other the other period, not null
     * @return true if {@code start < other.end && other.start < end}
     */
    public boolean overlaps(ValidityPeriod other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ValidityPeriod o && o.start.equals(start) && o.end.equals(end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
