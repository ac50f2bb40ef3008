package io.partnerbill.export.importing;

import io.partnerbill.core.ErrorCode;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.export.format.DisplayText;

/**
 * Thrown when a bill-details file cannot be imported: it names the file, the line (1 is the
 * header; a record spanning several lines is named by its first), the column and the value
 * (the accessors give them whole; the message cuts a value past 80 characters).
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
     * Text from the file is made safe to print ({@link DisplayText#sanitize}), and a value past
     * 80 characters is cut, with its length, also where the reason quotes it.
     *
     * @param source the file's name, not null
     * @param lineNumber the line, from 1
     * @param column the column's name, or "" when the error is not in one column, not null
     * @param value the offending text, not null
     * @param reason what is wrong with it, not null
     */
    public MalformedImportException(String source, long lineNumber, String column, String value, String reason) {
        super(ErrorCode.MALFORMED_IMPORT, "Bill-details file " + DisplayText.quote(source) + ", line " + lineNumber
                + (column.isEmpty() ? "" : ", column " + DisplayText.quote(column)) + ", value " + DisplayText.quote(value)
                + ": " + DisplayText.sanitize(shortened(reason, value)), null);
        this.source = source;
        this.lineNumber = lineNumber;
        this.column = column;
        this.value = value;
    }

    /** A long value quoted in full inside the reason (a domain message) is cut there too. */
    private static String shortened(String reason, String value) {
        if (value.codePointCount(0, value.length()) <= DisplayText.EXCERPT) {
            return reason;
        }
        return reason.replace(value, value.substring(0, value.offsetByCodePoints(0, DisplayText.EXCERPT)) + "\u2026");
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
