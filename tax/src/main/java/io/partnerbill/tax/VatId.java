package io.partnerbill.tax;

import io.partnerbill.core.InvalidValueException;
import java.util.Objects;
import java.util.Set;

/**
 * A VAT identification number of an EU member state, such as {@code "DE123456789"}: a
 * two-letter prefix (the country code, {@code "EL"} for Greece) and 2 to 12 digits, upper-case
 * letters, {@code '+'} or {@code '*'}. Only the form is checked, not the national check digits.
 * {@code toString()} returns the id and {@link #parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VatId extends TaxNumber {

    private static final Set<String> PREFIXES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES",
            "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private final Country country;

    private VatId(String value, Country country) {
        super(value);
        this.country = country;
    }

    /**
     * Obtains a VAT id.
     *
     * @param value the id with its country prefix, upper case, no spaces, not null
     * @return the VAT id, not null
     * @throws InvalidValueException if the form or the prefix is wrong
     */
    public static VatId of(String value) {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Z]{2}[0-9A-Z+*]{2,12}")) {
            throw new InvalidValueException("VAT id must be a two-letter prefix and 2 to 12 digits or upper-case letters, was '"
                    + value + "'");
        }
        String prefix = value.substring(0, 2);
        if (!PREFIXES.contains(prefix)) {
            throw new InvalidValueException("VAT id must start with the prefix of an EU member state, was '" + value + "'");
        }
        Country country = Country.of(prefix.equals("EL") ? "GR" : prefix);
        return new VatId(value, country);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the id, not null
     * @return the VAT id, not null
     * @throws InvalidValueException if the form or the prefix is wrong
     */
    public static VatId parse(CharSequence text) {
        return of(text.toString());
    }

    /** @return the member state that issued the id (GR for an "EL" prefix), not null */
    public Country country() {
        return country;
    }
}
