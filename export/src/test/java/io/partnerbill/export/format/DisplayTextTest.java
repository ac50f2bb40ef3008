package io.partnerbill.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DisplayTextTest {

    static Stream<Arguments> sanitized() {
        return Stream.of(
                // terminal escape sequences lose their ESC; CR, LF, TAB, BEL, DEL and C1 controls are replaced
                Arguments.of("\u001b[31mred\u001b[0m", "\uFFFD[31mred\uFFFD[0m"),
                Arguments.of("paid\rOWED", "paid\uFFFDOWED"),
                Arguments.of("two\nlines\tand\u0007bell\u007f", "two\uFFFDlines\uFFFDand\uFFFDbell\uFFFD"),
                Arguments.of("c1\u009b31m\u0085", "c1\uFFFD31m\uFFFD"),
                // bidi controls: the override that shows "exe.txt" as "txt.exe", and the others
                Arguments.of("invoice\u202Etxt.exe", "invoice\uFFFDtxt.exe"),
                Arguments.of("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C", "\uFFFD".repeat(11)),
                // unpaired surrogates; a pair is kept
                Arguments.of("a\uD800b\uDC00", "a\uFFFDb\uFFFD"),
                Arguments.of("😀 云 é ü", "😀 云 é ü"),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("sanitized")
    void sanitize_replacesEveryControlAndBidiCharacter(String text, String expected) {
        assertThat(DisplayText.sanitize(text)).isEqualTo(expected);
    }

    static Stream<Arguments> widths() {
        return Stream.of(
                Arguments.of("Elastic Cloud Server", 20),
                Arguments.of("云服务器", 8), // CJK: 2 columns each
                Arguments.of("クラウド", 8), // katakana
                Arguments.of("클라우드", 8), // Hangul syllables
                Arguments.of("ＡＢ", 4), // fullwidth forms
                Arguments.of("e\u0301", 1), // e + combining acute
                Arguments.of("a\u200Bb", 2), // zero-width space
                Arguments.of("😀", 2),
                Arguments.of("\u001b", 1)); // shown as one U+FFFD
    }

    @ParameterizedTest
    @MethodSource("widths")
    void width_countsTerminalColumns(String text, int columns) {
        assertThat(DisplayText.width(text)).isEqualTo(columns);
    }

    @Test
    void padRight_alignsMixedScripts_andFitCutsAtAColumnBoundary() {
        assertThat(DisplayText.padRight("云服务器", 10)).isEqualTo("云服务器  ");
        assertThat(DisplayText.padRight("ECS", 10)).isEqualTo("ECS       ");
        // a wide character that would straddle the limit is left out whole
        assertThat(DisplayText.fit("云服务器", 6)).isEqualTo("云服\u2026");
        assertThat(DisplayText.fit("abcdefgh", 5)).isEqualTo("abcd\u2026");
        assertThat(DisplayText.width(DisplayText.padRight("云服务器abc", 6))).isEqualTo(6);
    }

    @Test
    void quote_cutsLongValuesAtEightyCharactersWithTheirLength() {
        assertThat(DisplayText.quote("short")).isEqualTo("'short'");
        assertThat(DisplayText.quote("x".repeat(80))).isEqualTo("'" + "x".repeat(80) + "'");
        assertThat(DisplayText.quote("x".repeat(81))).isEqualTo("'" + "x".repeat(80) + "\u2026' (81 characters)");
        assertThat(DisplayText.quote("😀".repeat(100))).isEqualTo("'" + "😀".repeat(80) + "\u2026' (100 characters)");
        assertThat(DisplayText.quote("a\u001b[2J")).isEqualTo("'a\uFFFD[2J'");
    }

    @Property(tries = 2000)
    void sanitizedText_hasNoUnsafeCodePoint_andKeepsItsLengthInCodePoints(@ForAll String text) {
        String safe = DisplayText.sanitize(text);
        assertThat(safe.codePoints().filter(DisplayText::isUnsafe)).isEmpty();
        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Property(tries = 2000)
    void paddedText_takesExactlyItsColumns(@ForAll String text) {
        assertThat(DisplayText.width(DisplayText.padRight(text, 12))).isEqualTo(12);
    }
}
