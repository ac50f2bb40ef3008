package io.partnerbill.core;

/**
 * Identifies a cash coupon granted to a partner.
 *
 * <p>See {@link Identifier} for the rules of the text. This class is immutable and thread-safe.
 */
public final class CouponId extends Identifier {

    private CouponId(String value) {
        super(value, "CouponId");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is blank, too long, padded or has control characters
     */
    public static CouponId of(String value) {
        return new CouponId(value);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the text is not a valid identifier
     */
    public static CouponId parse(CharSequence text) {
        return new CouponId(text.toString());
    }
}
