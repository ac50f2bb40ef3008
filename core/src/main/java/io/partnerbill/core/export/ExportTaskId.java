package io.partnerbill.core.export;

import io.partnerbill.core.InvalidValueException;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an export task: a text of letters, digits, {@code -} and {@code _}, at most 64
 * characters (so that it is safe as a directory name). New ids are random UUIDs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExportTaskId implements Comparable<ExportTaskId> {

    private final String value;

    private ExportTaskId(String value) {
        this.value = value;
    }

    /**
     * Obtains an id from its text.
     *
     * @param value the text, not null
     * @return the id, not null
     * @throws InvalidValueException if the text is empty, longer than 64 or has other characters
     */
    public static ExportTaskId of(String value) {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidValueException("Export task id must be 1 to 64 letters, digits, '-' or '_', was '"
                    + value + "'");
        }
        return new ExportTaskId(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the id, not null
     * @throws InvalidValueException if the text is not a valid id
     */
    public static ExportTaskId parse(CharSequence text) {
        return of(text.toString());
    }

    /**
     * Returns a new random id.
     *
     * @return the id, not null
     */
    public static ExportTaskId random() {
        return new ExportTaskId(UUID.randomUUID().toString());
    }

    /** @return the text, not null */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(ExportTaskId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExportTaskId && ((ExportTaskId) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
