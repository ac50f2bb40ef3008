package io.partnerbill.core;

/**
 * Identifies a reseller's customer.
 *
 * <p>See {@link Identifier} for the rules of the text. This class is immutable and thread-safe.
 */
public final class CustomerId extends Identifier {

    private CustomerId(String value) {
        super(value, "CustomerId");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is blank, too long, padded or has control characters
     */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is not a valid identifier
     */
    public static CustomerId parse(CharSequence text) {
        return new CustomerId(text.toString());
    }
}
