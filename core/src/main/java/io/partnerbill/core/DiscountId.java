package io.partnerbill.core;

/**
 * Identifies a seller-authorized discount.
 *
 * <p>See {@link Identifier} for the rules of the text. This class is immutable and thread-safe.
 */
public final class DiscountId extends Identifier {

    private DiscountId(String value) {
        super(value, "DiscountId");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is blank, too long, padded or has control characters
     */
    public static DiscountId of(String value) {
        return new DiscountId(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is not a valid identifier
     */
    public static DiscountId parse(CharSequence text) {
        return new DiscountId(text.toString());
    }
}
