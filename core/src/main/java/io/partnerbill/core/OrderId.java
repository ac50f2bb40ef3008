package io.partnerbill.core;

/**
 * Identifies an order, and so the bill line it produced.
 *
 * <p>See {@link Identifier} for the rules of the text. This class is immutable and thread-safe.
 */
public final class OrderId extends Identifier {

    private OrderId(String value) {
        super(value, "OrderId");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is blank, too long, padded or has control characters
     */
    public static OrderId of(String value) {
        return new OrderId(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is not a valid identifier
     */
    public static OrderId parse(CharSequence text) {
        return new OrderId(text.toString());
    }
}
