package io.partnerbill.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The common shape of partnerbill's identifiers: a non-blank text of at most 128 characters,
 * without leading or trailing white space and without control characters.
 *
 * <p>Two identifiers are equal when they are of the same class and have the same text, so a
 * {@link PartnerId} never equals a {@link CustomerId} with the same text. {@code toString()}
 * returns the text itself, and each subclass's {@code parse(toString())} gives back an equal
 * identifier. Identifiers order by their text.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract sealed class Identifier implements Comparable<Identifier>
        permits PartnerId, CustomerId, ProductId, DiscountId, OrderId, BillId, CouponId, PaymentReference,
        StatementId, PriceRuleId {

    /** The longest identifier accepted, in UTF-16 units. */
    public static final int MAX_LENGTH = 128;

    private final String value;
    // Cached: bills look identifiers up in hash maps once or twice per line, and the kind's
    // share of the hash (its class's simple name) is slow to recompute on every call.
    private final int hash;

    Identifier(String value, String kind) {
        this.value = check(value, kind);
        this.hash = this.value.hashCode() * 31 + getClass().getSimpleName().hashCode();
    }

    private static String check(String value, String kind) {
        Objects.requireNonNull(value, kind);
        if (plainlyValid(value)) {
            return value;
        }
        if (value.isBlank()) {
            throw new InvalidValueException(kind + " must not be blank, was '" + value + "'");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(kind + " must be at most " + MAX_LENGTH
                    + " characters, was " + value.length() + " ('" + value.substring(0, 20) + "...')");
        }
        if (!value.strip().equals(value)) {
            throw new InvalidValueException(kind + " must not start or end with white space, was '"
                    + value + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidValueException(kind + " must not contain control characters, was '"
                        + value.replaceAll("\\p{Cntrl}", "?") + "'");
            }
        }
        return value;
    }

    /**
     * One pass for the usual id (every order makes some): not empty, not too long, no white
     * space at either end (so not blank), no control character. Anything else takes the checks
     * above, which name the rule broken.
     */
    private static boolean plainlyValid(String value) {
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH || Character.isWhitespace(value.codePointAt(0))
                || Character.isWhitespace(value.codePointBefore(length))) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the identifier's text.
     *
     * @return the text, not null
     */
    public final String value() {
        return value;
    }

    @Override
    public final int compareTo(Identifier other) {
        return value.compareTo(other.value);
    }

    @Override
    public final boolean equals(@Nullable Object obj) {
        // The hash (text and kind) first: unequal identifiers mostly differ there, without reading the text.
        return obj == this || (obj instanceof Identifier other && other.hash == hash
                && other.getClass() == getClass() && other.value.equals(value));
    }

    @Override
    public final int hashCode() {
        return hash;
    }

    /**
     * Returns the identifier's text, which the subclass's {@code parse} reads back.
     *
     * @return the text, not null
     */
    @Override
    public final String toString() {
        return value;
    }
}
