package io.partnerbill.tax;

import java.util.Objects;

/**
 * An Indian GST identification number: 2-digit state code, 10-character PAN, entity code,
 * {@code 'Z'} and a check character, such as {@code "29ABCDE1234F1ZW"}.
 *
 * <p>The check character is computed over the first 14 characters: each
 * character's index in {@code 0-9A-Z} is multiplied by 1, 2, 1, 2, ...; each product p is
 * folded into {@code p / 36 + p % 36}; the folds are summed; the check character is the
 * alphabet's {@code (36 - sum % 36) % 36}-th symbol. {@code toString()} returns the GSTIN and
 * {@link #parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Gstin extends TaxNumber {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int LENGTH = 15;

    private final IndianState state;

    private Gstin(String value, IndianState state) {
        super(value);
        this.state = state;
    }

    /**
     * Obtains a GSTIN, checking its form, state code and check character.
     *
     * @param value the 15 characters, upper case, not null
     * @return the GSTIN, not null
     * @throws InvalidGstinException naming the GSTIN and what is wrong
     */
    public static Gstin of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH) {
            throw invalid(value, "must have 15 characters, has " + value.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw invalid(value, "must have only digits and upper-case letters, has '" + value.charAt(i)
                        + "' at position " + (i + 1));
            }
        }
        IndianState state = stateOf(value);
        String pan = value.substring(2, 12);
        if (!pan.matches("[A-Z]{5}[0-9]{4}[A-Z]")) {
            throw invalid(value, "has a malformed PAN '" + pan + "' (5 letters, 4 digits, 1 letter expected)");
        }
        if (value.charAt(12) == '0') {
            throw invalid(value, "has entity code '0' at position 13 (1-9 or A-Z expected)");
        }
        if (value.charAt(13) != 'Z') {
            throw invalid(value, "has '" + value.charAt(13) + "' at position 14 ('Z' expected)");
        }
        char expected = checkCharacter(value.substring(0, 14));
        if (value.charAt(14) != expected) {
            throw invalid(value, "has check character '" + value.charAt(14) + "' but '" + expected + "' was expected");
        }
        return new Gstin(value, state);
    }

    private static IndianState stateOf(String value) {
        String code = value.substring(0, 2);
        for (IndianState s : IndianState.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw invalid(value, "has unknown state code '" + code + "' (01 to 38 or 97 expected)");
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the GSTIN, not null
     * @return the GSTIN, not null
     * @throws InvalidGstinException naming the GSTIN and what is wrong
     */
    public static Gstin parse(CharSequence text) {
        return of(text.toString());
    }

    /**
     * Computes the check character of the first 14 characters of a GSTIN.
     *
     * @param first14 the state code, PAN, entity code and 'Z', in {@code 0-9A-Z}, not null
     * @return the check character
     * @throws InvalidGstinException if the text is not 14 characters of {@code 0-9A-Z}
     */
    public static char checkCharacter(String first14) {
        Objects.requireNonNull(first14, "first14");
        if (first14.length() != LENGTH - 1) {
            throw invalid(first14, "prefix must have 14 characters, has " + first14.length());
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int index = ALPHABET.indexOf(first14.charAt(i));
            if (index < 0) {
                throw invalid(first14, "prefix must have only digits and upper-case letters, has '"
                        + first14.charAt(i) + "' at position " + (i + 1));
            }
            int product = index * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36);
    }

    private static InvalidGstinException invalid(String value, String what) {
        return new InvalidGstinException(value, "GSTIN '" + value + "' " + what);
    }

    /** @return the state of the two-digit code that starts the GSTIN, not null */
    public IndianState state() {
        return state;
    }

    /** @return the PAN, characters 3 to 12, not null */
    public String pan() {
        return value().substring(2, 12);
    }
}
