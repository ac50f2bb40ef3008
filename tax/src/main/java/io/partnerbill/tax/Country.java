package io.partnerbill.tax;

import io.partnerbill.core.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A country (a tax region) by its ISO 3166-1 alpha-2 code, such as {@code "SG"} or {@code "IN"}.
 *
 * <p>{@code toString()} returns the code and {@link #parse} reads it back. The class also knows
 * which countries are members of the European Union, for the EU reverse charge.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Country implements Comparable<Country> {

    /** India, whose GST has rules of its own. */
    public static final Country INDIA = new Country("IN");

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private final String code;

    private Country(String code) {
        this.code = code;
    }

    /**
     * Obtains a country from its ISO 3166-1 alpha-2 code.
     *
     * @param code the code in upper case, such as "SG", not null
     * @return the country, not null
     * @throws InvalidValueException if the code is not an ISO 3166-1 alpha-2 code in upper case
     */
    public static Country of(String code) {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z]{2}")) {
            throw new InvalidValueException("Country must be two upper-case letters (ISO 3166-1 alpha-2), was '"
                    + code + "'");
        }
        if (!ISO.contains(code)) {
            throw new InvalidValueException("Country must be an ISO 3166-1 alpha-2 code, was '" + code + "'");
        }
        return code.equals(INDIA.code) ? INDIA : new Country(code);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the code, not null
     * @return the country, not null
     * @throws InvalidValueException if the text is not a country code
     */
    public static Country parse(CharSequence text) {
        return of(text.toString());
    }

    /** @return the ISO 3166-1 alpha-2 code, not null */
    public String code() {
        return code;
    }

    /** @return true for a member state of the European Union */
    public boolean isEuMember() {
        return EU.contains(code);
    }

    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Country other && other.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Returns the code, such as {@code "SG"}. */
    @Override
    public String toString() {
        return code;
    }
}
