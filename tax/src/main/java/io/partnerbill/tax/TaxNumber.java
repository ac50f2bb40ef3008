package io.partnerbill.tax;

import org.jspecify.annotations.Nullable;

/**
 * A tax registration number kept as its canonical text ({@link Gstin}, {@link VatId}): two are
 * equal when they are of the same kind and have the same text, and {@code toString()} is the text,
 * which the kind's {@code parse} reads back.
 */
abstract class TaxNumber {

    private final String value;

    TaxNumber(String value) {
        this.value = value;
    }

    /** @return the number's canonical text, not null */
    public final String value() {
        return value;
    }

    @Override
    public final boolean equals(@Nullable Object obj) {
        return obj instanceof TaxNumber other && other.getClass() == getClass() && other.value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** Returns the number's canonical text, such as {@code "29ABCDE1234F1ZW"} or {@code "DE123456789"}. */
    @Override
    public final String toString() {
        return value;
    }
}
