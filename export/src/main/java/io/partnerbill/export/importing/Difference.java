package io.partnerbill.export.importing;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One difference a {@link Reconciliation} found: where (a file line, or the month's totals),
 * which field, what was expected and what was found, as plain decimals.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Difference {

    private final long lineNumber;
    private final String field;
    private final String expected;
    private final String found;

    private Difference(long lineNumber, String field, String expected, String found) {
        this.lineNumber = lineNumber;
        this.field = field;
        this.expected = expected;
        this.found = found;
    }

    /**
     * Obtains a difference in a line of the file.
     *
     * @param lineNumber the file's line number, 2 or more
     * @param field the column, such as "Settlement Amount", not null
     * @param expected what the recomputation gives, not null
     * @param found what the file says, not null
     * @return the difference, not null
     */
    public static Difference inLine(long lineNumber, String field, String expected, String found) {
        if (lineNumber < 1) {
            throw new io.partnerbill.core.InvalidValueException("Line number must be 1 or more, was '" + lineNumber + "'");
        }
        return new Difference(lineNumber, Objects.requireNonNull(field, "field"), Objects.requireNonNull(expected, "expected"),
                Objects.requireNonNull(found, "found"));
    }

    /**
     * Obtains a difference in the month's totals.
     *
     * @param field the total, such as "Net Settlement", not null
     * @param expected what the file's lines add up to, not null
     * @param found what was stated, not null
     * @return the difference, not null
     */
    public static Difference inTotals(String field, String expected, String found) {
        return new Difference(0, Objects.requireNonNull(field, "field"), Objects.requireNonNull(expected, "expected"),
                Objects.requireNonNull(found, "found"));
    }

    /** @return the file's line number, or empty for a difference in the month's totals, not null */
    public OptionalLong lineNumber() {
        return lineNumber == 0 ? OptionalLong.empty() : OptionalLong.of(lineNumber);
    }

    /** @return the field, not null */
    public String field() {
        return field;
    }

    /** @return the expected value, not null */
    public String expected() {
        return expected;
    }

    /** @return the value found, not null */
    public String found() {
        return found;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Difference && ((Difference) obj).lineNumber == lineNumber
                && ((Difference) obj).field.equals(field) && ((Difference) obj).expected.equals(expected)
                && ((Difference) obj).found.equals(found);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lineNumber, field, expected, found);
    }

    /** Returns {@code "line 5 Settlement Amount: expected 8.80000000, found 8.90000000"}. */
    @Override
    public String toString() {
        return (lineNumber == 0 ? "totals" : "line " + lineNumber) + " " + field + ": expected " + expected + ", found "
                + found;
    }
}
