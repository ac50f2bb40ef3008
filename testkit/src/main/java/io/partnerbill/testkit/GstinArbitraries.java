package io.partnerbill.testkit;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Indian GSTINs: valid ones, and invalid ones by kind of defect, for tests of tax registration.
 *
 * <p>A GSTIN is a 2-digit state code, a 10-character PAN (5 letters, 4 digits, 1 letter), an entity
 * character, {@code Z}, and a check character computed over the first 14 with factors 1, 2, 1, 2, ...
 * in the alphabet {@code 0-9A-Z}.
 */
public final class GstinArbitraries {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final List<String> STATES = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
            "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30",
            "31", "32", "33", "34", "35", "36", "37", "38", "97");

    /** The kinds of invalid GSTIN generated. */
    public enum Defect {
        /** The 15th character is not the check character of the first 14. */
        BAD_CHECK_CHARACTER,
        /** The first two digits are not a state code (00, 39 to 96, 98, 99). */
        BAD_STATE,
        /** Shorter or longer than 15 characters. */
        BAD_LENGTH
    }

    private GstinArbitraries() {
    }

    /**
     * Valid GSTINs of any state code (01-38, 97).
     *
     * @return the GSTINs, not null
     */
    public static Arbitrary<String> valid() {
        return valid(Arbitraries.of(STATES));
    }

    /**
     * Valid GSTINs of one state.
     *
     * @param stateCode the two-digit state code, such as "29", not null
     * @return the GSTINs, not null
     */
    public static Arbitrary<String> validOfState(String stateCode) {
        return valid(Arbitraries.just(stateCode));
    }

    private static Arbitrary<String> valid(Arbitrary<String> states) {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(5);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<Character> letter = Arbitraries.chars().range('A', 'Z');
        Arbitrary<Character> entity = Arbitraries.chars().with(ALPHABET.substring(1).toCharArray());
        return Combinators.combine(states, letters, digits, letter, entity).as((state, l5, d4, l1, e) -> {
            String first14 = state + l5 + d4 + l1 + e + "Z";
            return first14 + checkCharacter(first14);
        });
    }

    /**
     * Invalid GSTINs with one defect.
     *
     * @param defect the defect, not null
     * @return the GSTINs, not null
     */
    public static Arbitrary<String> invalid(Defect defect) {
        return switch (defect) {
            case BAD_CHECK_CHARACTER -> valid().flatMap(g -> Arbitraries.chars().with(ALPHABET.toCharArray())
                    .filter(c -> c != g.charAt(14)).map(c -> g.substring(0, 14) + c));
            case BAD_STATE -> valid().flatMap(g -> Arbitraries.integers().between(0, 99)
                    .filter(s -> !STATES.contains(String.format("%02d", s)))
                    .map(s -> {
                        String first14 = String.format("%02d", s) + g.substring(2, 14);
                        return first14 + checkCharacter(first14);
                    }));
            case BAD_LENGTH -> valid().flatMap(g -> Arbitraries.integers().between(0, 20).filter(n -> n != 15)
                    .map(n -> n < 15 ? g.substring(0, n) : g + "0".repeat(n - 15)));
        };
    }

    /**
     * Computes the check character of the first 14 characters of a GSTIN.
     *
     * @param first14 the first 14 characters, upper case, from {@code 0-9A-Z}, not null
     * @return the check character
     */
    public static char checkCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int product = ALPHABET.indexOf(first14.charAt(i)) * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36);
    }
}
