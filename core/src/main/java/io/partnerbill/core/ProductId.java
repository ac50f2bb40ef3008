package io.partnerbill.core;

/**
 * Identifies a marketplace product.
 *
 * <p>See {@link Identifier} for the rules of the text. This class is immutable and thread-safe.
 */
public final class ProductId extends Identifier {

    private ProductId(String value) {
        super(value, "ProductId");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is blank, too long, padded or has control characters
     */
    public static ProductId of(String value) {
        return new ProductId(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is not a valid identifier
     */
    public static ProductId parse(CharSequence text) {
        return new ProductId(text.toString());
    }
}
