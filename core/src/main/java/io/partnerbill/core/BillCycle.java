package io.partnerbill.core;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bill cycle: one calendar month in the billing zone (see {@link BillingCalendar}).
 *
 * <p>The canonical text is {@code "2024-01"}. Cycles order chronologically.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillCycle implements Comparable<BillCycle> {

    private final YearMonth month;

    private BillCycle(YearMonth month) {
        this.month = month;
    }

    /**
     * Obtains the cycle of a month.
     *
     * @param month the month, not null
     * @return the cycle, not null
     */
    public static BillCycle of(YearMonth month) {
        Objects.requireNonNull(month, "month");
        if (month.getYear() < 1 || month.getYear() > 9999) {
            throw new InvalidValueException("Bill cycle year must be 0001 to 9999, was '" + month + "'");
        }
        return new BillCycle(month);
    }

    /**
     * Obtains the cycle of a year and month.
     *
     * @param year the year, 1 to 9999
     * @param month the month of the year, 1 to 12
     * @return the cycle, not null
     */
    public static BillCycle of(int year, int month) {
        if (month < 1 || month > 12) {
            throw new InvalidValueException("Bill cycle month must be 1 to 12, was '" + month + "'");
        }
        if (year < 1 || year > 9999) {
            throw new InvalidValueException("Bill cycle year must be 0001 to 9999, was '" + year + "'");
        }
        return new BillCycle(YearMonth.of(year, month));
    }

    /**
     * Parses {@code "YYYY-MM"}, the operator's Billing Cycle column.
     *
     * @param text the text, not null
     * @return the cycle, not null
     * @throws InvalidValueException if the text is not a month of that form
     */
    public static BillCycle parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (!s.matches("\\d{4}-\\d{2}")) {
            throw new InvalidValueException("Bill cycle must look like 'YYYY-MM', was '" + s + "'");
        }
        try {
            return of(YearMonth.parse(s));
        } catch (DateTimeException e) {
            throw new InvalidValueException("Bill cycle must be a real month, was '" + s + "'");
        }
    }

    /**
     * Returns the month.
     *
     * @return the month, not null
     */
    public YearMonth month() {
        return month;
    }

    /**
     * Returns the next cycle.
     *
     * @return the cycle one month later, not null
     */
    public BillCycle next() {
        return plusMonths(1);
    }

    /**
     * Returns the previous cycle.
     *
     * @return the cycle one month earlier, not null
     */
    public BillCycle previous() {
        return plusMonths(-1);
    }

    /**
     * Returns the cycle some months later (or earlier, when negative).
     *
     * @param months the months to add
     * @return the cycle, not null
     */
    public BillCycle plusMonths(long months) {
        return of(month.plusMonths(months));
    }

    /**
     * Returns whether this cycle is before another.
     *
     * @param other the other cycle, not null
     * @return true if this cycle is earlier
     */
    public boolean isBefore(BillCycle other) {
        return month.isBefore(other.month);
    }

    @Override
    public int compareTo(BillCycle other) {
        return month.compareTo(other.month);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof BillCycle other && other.month.equals(month);
    }

    @Override
    public int hashCode() {
        return month.hashCode();
    }

    /** Returns {@code "YYYY-MM"}. */
    @Override
    public String toString() {
        return month.toString();
    }
}
