package io.partnerbill.export;

import io.partnerbill.core.PartnerBillingException;

/**
 * Thrown when a bill-details file cannot be imported: it names the file, the line (1 is the
 * header; a record spanning several lines is named by its first), the column and the value.
 * Nothing of that file is imported.
 */
public class MalformedImportException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long lineNumber;
    private final String column;
    private final String value;

    /**
     * Creates the exception; the message reads
     * {@code Bill-details file 'f.csv', line 5, column 'Settlement Amount', value 'x': <reason>}.
     *
     * @param source the file's name, not null
     * @param lineNumber the line, from 1
     * @param column the column's name, or "" when the error is not in one column, not null
     * @param value the offending text, not null
     * @param reason what is wrong with it, not null
     */
    public MalformedImportException(String source, long lineNumber, String column, String value, String reason) {
        super("Bill-details file '" + source + "', line " + lineNumber
                + (column.isEmpty() ? "" : ", column '" + column + "'") + ", value '" + value + "': " + reason);
        this.source = source;
        this.lineNumber = lineNumber;
        this.column = column;
        this.value = value;
    }

    /** @return the file's name, not null */
    public String source() {
        return source;
    }

    /** @return the line number, from 1 */
    public long lineNumber() {
        return lineNumber;
    }

    /** @return the column's name, or "" when the error is not in one column, not null */
    public String column() {
        return column;
    }

    /** @return the offending text, not null */
    public String value() {
        return value;
    }
}
