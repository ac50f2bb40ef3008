package io.partnerbill.core;

/**
 * Identifies an issued monthly partner bill.
 *
 * <p>See {@link Identifier} for the rules of the text. This class is immutable and thread-safe.
 */
public final class BillId extends Identifier {

    private BillId(String value) {
        super(value, "BillId");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is blank, too long, padded or has control characters
     */
    public static BillId of(String value) {
        return new BillId(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is not a valid identifier
     */
    public static BillId parse(CharSequence text) {
        return new BillId(text.toString());
    }
}
