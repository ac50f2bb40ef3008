package io.partnerbill.tax;

import io.partnerbill.core.ErrorCode;
import io.partnerbill.core.InvalidValueException;

/**
 * Thrown when a rate table's CSV cannot be read: the message and the accessors name the line,
 * the column and the value that is wrong. Nothing of the table is loaded.
 */
public class MalformedRateTableException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param line the line number, from 1
     * @param column the column number, from 1
     * @param value the offending value as written, not null
     * @param problem what is wrong with it, not null
     */
    public MalformedRateTableException(int line, int column, String value, String problem) {
        super(ErrorCode.MALFORMED_RATE_TABLE,
                "Rate table line " + line + ", column " + column + ": " + problem + ", was '" + value + "'", null);
        this.line = line;
        this.column = column;
        this.value = value;
    }

    /** @return the line number, from 1 */
    public int line() {
        return line;
    }

    /** @return the column number, from 1 */
    public int column() {
        return column;
    }

    /** @return the offending value as written, not null */
    public String value() {
        return value;
    }
}
