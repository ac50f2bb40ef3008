package io.partnerbill.core;

/**
 * Identifies an issued customer statement.
 *
 * <p>See {@link Identifier} for the rules of the text. This class is immutable and thread-safe.
 */
public final class StatementId extends Identifier {

    private StatementId(String value) {
        super(value, "StatementId");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is blank, too long, padded or has control characters
     */
    public static StatementId of(String value) {
        return new StatementId(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is not a valid identifier
     */
    public static StatementId parse(CharSequence text) {
        return new StatementId(text.toString());
    }
}
