package io.partnerbill.core;

/**
 * Identifies a customer repricing rule of a reseller's price book.
 *
 * <p>See {@link Identifier} for the rules of the text. This class is immutable and thread-safe.
 */
public final class PriceRuleId extends Identifier {

    private PriceRuleId(String value) {
        super(value, "PriceRuleId");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is blank, too long, padded or has control characters
     */
    public static PriceRuleId of(String value) {
        return new PriceRuleId(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is not a valid identifier
     */
    public static PriceRuleId parse(CharSequence text) {
        return new PriceRuleId(text.toString());
    }
}
