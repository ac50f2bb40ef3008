package io.partnerbill.core;

/**
 * Identifies a partner (a reseller) of the marketplace.
 *
 * <p>See {@link Identifier} for the rules of the text. This class is immutable and thread-safe.
 */
public final class PartnerId extends Identifier {

    private PartnerId(String value) {
        super(value, "PartnerId");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is blank, too long, padded or has control characters
     */
    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is not a valid identifier
     */
    public static PartnerId parse(CharSequence text) {
        return new PartnerId(text.toString());
    }
}
