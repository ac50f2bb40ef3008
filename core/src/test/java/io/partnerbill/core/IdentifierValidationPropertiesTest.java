package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass check of identifiers accepts exactly what the rule by rule checks accept. */
class IdentifierValidationPropertiesTest {

    /** The rules as written: not blank, at most 128 characters, no white space at the ends, no control characters. */
    private static boolean valid(String s) {
        return !s.isBlank() && s.length() <= Identifier.MAX_LENGTH && s.strip().equals(s)
                && s.chars().noneMatch(Character::isISOControl);
    }

    @Provide
    Arbitrary<String> texts() {
        // White space by Character.isWhitespace or not (NBSP), controls, a split surrogate pair, plain.
        String odd = " \t\n\u0000\u007f\u0085\u00a0\u2003\u3000\u200b\ud83d\ude00aZ-9";
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(odd).ofMinLength(0).ofMaxLength(6),
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(12),
                Arbitraries.strings().alpha().numeric().withChars('-', ' ').ofMinLength(120).ofMaxLength(135),
                Arbitraries.strings().withChars(odd).ofMinLength(1).ofMaxLength(3).map(s -> "ORD-" + s + "-1"),
                Arbitraries.strings().withChars(odd).ofMinLength(1).ofMaxLength(2).map(s -> s + "ORD-1"),
                Arbitraries.strings().withChars(odd).ofMinLength(1).ofMaxLength(2).map(s -> "ORD-1" + s));
    }

    @Property(tries = 3000)
    void acceptsExactlyTheValidTexts(@ForAll("texts") String text) {
        boolean accepted;
        try {
            OrderId.of(text);
            accepted = true;
        } catch (InvalidValueException e) {
            accepted = false;
        }
        assertThat(accepted).as("'%s'", text).isEqualTo(valid(text));
    }
}
