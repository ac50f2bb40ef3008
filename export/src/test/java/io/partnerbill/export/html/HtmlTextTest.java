package io.partnerbill.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.export.testing.TestLines;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;
import javax.money.Monetary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlTextTest {

    /**
     * Any text, hostile markup, controls, bidi marks, lone surrogates, CJK and the line separators
     * included, escapes to markup-free text that reads back as its display-safe form: a decoder written
     * here (five references, nothing else) recovers exactly {@code DisplayText.sanitize(text)}.
     */
    @Property(tries = 500)
    void escape_leavesNoMarkup_andReadsBackAsTheDisplaySafeText(
            @ForAll @Chars({'<', '>', '&', '"', '\'', '=', '/', ';', '#', ' ', '\n', '\r', '\t', '\u2028', '\u2029',
                    '\u202e', '\u200f', '\u0000', '\u0085', '\ud800', '\udc00', '\u4e2d', '\u0926', 'a', '1'})
            @CharRange(from = 'A', to = 'Z') String text) {
        String escaped = HtmlText.escape(text);

        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.codePoints().filter(io.partnerbill.export.format.DisplayText::isUnsafe)).isEmpty();
        String decoded = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        assertThat(decoded).isEqualTo(io.partnerbill.export.format.DisplayText.sanitize(text));
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                // markup becomes text
                Arguments.of("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
                Arguments.of("Backup & Restore", "Backup &amp; Restore"),
                Arguments.of("&lt;", "&amp;lt;"),
                // attribute breakers
                Arguments.of("\" onmouseover=\"x", "&#34; onmouseover=&#34;x"),
                Arguments.of("it's", "it&#39;s"),
                // controls and unpaired surrogates become U+FFFD, tab, LF and CR too, as the docs promise
                Arguments.of("a\u0000b\u0007c\u007fd\u0085e", "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe"),
                Arguments.of("t\tl\nr\r", "t\uFFFDl\uFFFDr\uFFFD"),
                Arguments.of("\u001b[31mred", "\uFFFD[31mred"),
                // bidi controls would reorder the text after them
                Arguments.of("abc\u202Etxt.exe", "abc\uFFFDtxt.exe"),
                Arguments.of("\u2066x\u2069\u200F\u061C", "\uFFFDx\uFFFD\uFFFD\uFFFD"),
                Arguments.of("x\uD800y\uDC00", "x\uFFFDy\uFFFD"),
                // everything else is kept as it is
                Arguments.of("Ünïcödé 中文 😀", "Ünïcödé 中文 😀"),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void escape_makesEveryTextInert(String text, String expected) {
        assertThat(HtmlText.escape(text)).isEqualTo(expected);
    }

    @Test
    void shorten_keepsShortTextsAndNeverSplitsASurrogatePair() {
        assertThat(HtmlText.shorten("Elastic Cloud Server", 30)).isEqualTo("Elastic Cloud Server");
        assertThat(HtmlText.shorten("Elastic Cloud Server", 9)).isEqualTo("Elastic\u2026");
        assertThat(HtmlText.shorten("😀😀😀😀", 3)).isEqualTo("😀😀\u2026");
    }

    static Stream<Arguments> decimals() {
        return Stream.of(
                // value, currency (USD has 2 fraction digits, JPY none), text
                Arguments.of("0", "USD", "0.00"),
                Arguments.of("12.5", "USD", "12.50"),
                Arguments.of("999.99", "USD", "999.99"),
                Arguments.of("1000", "USD", "1,000.00"),
                Arguments.of("1234567.891", "USD", "1,234,567.891"),
                Arguments.of("-1234.50000000", "USD", "-1,234.50"),
                Arguments.of("-0.00400000", "USD", "-0.004"),
                Arguments.of("0.00000001", "USD", "0.00000001"),
                Arguments.of("123456", "JPY", "123,456"),
                Arguments.of("-100000.5", "JPY", "-100,000.5"),
                Arguments.of("1E+3", "USD", "1,000.00"));
    }

    @ParameterizedTest
    @MethodSource("decimals")
    void amount_groupsByThreeAndNeverRounds(String value, String currency, String expected) {
        assertThat(HtmlText.amount(new BigDecimal(value), Monetary.getCurrency(currency))).isEqualTo(expected);
    }

    @Test
    void amount_hasTheCurrencysDigits() {
        assertThat(HtmlText.amount(TestLines.usd("1234.5"))).isEqualTo("1,234.50");
        assertThat(HtmlText.amount(new BigDecimal("1235"), Monetary.getCurrency("JPY"))).isEqualTo("1,235");
        assertThat(HtmlText.amount(new BigDecimal("1.234"), Monetary.getCurrency("BHD"))).isEqualTo("1.234");
        assertThat(HtmlText.signedAmount(TestLines.usd("0.004"))).isEqualTo("+0.004");
        assertThat(HtmlText.signedAmount(TestLines.usd("-0.01"))).isEqualTo("-0.01");
        assertThat(HtmlText.signedAmount(TestLines.usd("0"))).isEqualTo("0.00");
    }

    @Test
    void numbers_doNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("ar-SA"), Locale.forLanguageTag("hi-IN")}) {
                Locale.setDefault(locale);
                assertThat(HtmlText.amount(new BigDecimal("1234567.5"), Monetary.getCurrency("USD"))).as("%s", locale)
                        .isEqualTo("1,234,567.50");
                assertThat(HtmlText.count(1234567)).as("%s", locale).isEqualTo("1,234,567");
                assertThat(HtmlText.rounded(new BigDecimal("2500.555"), 2)).as("%s", locale).isEqualTo("2,500.56");
                assertThat(HtmlText.percent(new BigDecimal("9.00"))).as("%s", locale).isEqualTo("9%");
                assertThat(SvgCharts.px(12.345)).as("%s", locale).isEqualTo("12.35");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void percent_dropsTrailingZeros() {
        assertThat(HtmlText.percent(new BigDecimal("18.00"))).isEqualTo("18%");
        assertThat(HtmlText.percent(new BigDecimal("11.50"))).isEqualTo("11.5%");
        assertThat(HtmlText.percent(new BigDecimal("0"))).isEqualTo("0%");
        assertThat(HtmlText.percent(new BigDecimal("1E+1"))).isEqualTo("10%");
    }
}
