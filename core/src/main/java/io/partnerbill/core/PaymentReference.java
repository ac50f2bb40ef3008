package io.partnerbill.core;

/**
 * Identifies a payment by its reference (bank transfer id, card authorization, ...): a reference is applied once.
 *
 * <p>See {@link Identifier} for the rules of the text. This class is immutable and thread-safe.
 */
public final class PaymentReference extends Identifier {

    private PaymentReference(String value) {
        super(value, "PaymentReference");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is blank, too long, padded or has control characters
     */
    public static PaymentReference of(String value) {
        return new PaymentReference(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is not a valid identifier
     */
    public static PaymentReference parse(CharSequence text) {
        return new PaymentReference(text.toString());
    }
}
