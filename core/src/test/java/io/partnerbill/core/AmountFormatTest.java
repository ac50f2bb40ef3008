package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // value              | currency | canonical                  | grouped
        "0                    | USD      | USD 0.00                   | USD 0.00",
        "12.5                 | USD      | USD 12.50                  | USD 12.50",
        "1000                 | USD      | USD 1000.00                | USD 1,000.00",
        "1234567.891          | USD      | USD 1234567.891            | USD 1,234,567.891",
        "-1234.50000000       | USD      | USD -1234.50               | USD -1,234.50",
        "-0.00400000          | USD      | USD -0.004                 | USD -0.004",
        "0.00000001           | USD      | USD 0.00000001             | USD 0.00000001",
        "1E+3                 | USD      | USD 1000.00                | USD 1,000.00",
        "123456               | JPY      | JPY 123456                 | JPY 123,456",
        "-100000.5            | JPY      | JPY -100000.5              | JPY -100,000.5",
        "0                    | JPY      | JPY 0                      | JPY 0",
        "1.2                  | BHD      | BHD 1.200                  | BHD 1.200",
        "98765432109876543210.123456789012345678901234567890 | EUR | EUR 98765432109876543210.12345678901234567890123456789 | EUR 98,765,432,109,876,543,210.12345678901234567890123456789",
    })
    void formats_withTheCurrencysDigitsAndNeverRounds(String value, String currency, String canonical, String grouped) {
        CurrencyUnit unit = Monetary.getCurrency(currency);

        assertThat(AmountFormat.canonical().format(new BigDecimal(value), unit)).isEqualTo(canonical);
        assertThat(AmountFormat.grouped().format(new BigDecimal(value), unit)).isEqualTo(grouped);
        assertThat(AmountFormat.grouped().withoutCurrency().format(new BigDecimal(value), unit))
                .isEqualTo(grouped.substring(4));
    }

    @Test
    void withLocale_takesTheLocalesSeparators() {
        Money amount = Money.of(new BigDecimal("-1234567.125"), "EUR");

        assertThat(AmountFormat.grouped().withLocale(Locale.GERMANY).format(amount)).isEqualTo("EUR -1.234.567,125");
        assertThat(AmountFormat.canonical().withLocale(Locale.GERMANY).format(amount)).isEqualTo("EUR -1234567,125");
        assertThat(AmountFormat.grouped().withLocale(Locale.US).withoutCurrency().format(amount)).isEqualTo("-1,234,567.125");
    }

    @Test
    void canonical_doesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("ar-SA"),
                    Locale.forLanguageTag("hi-IN")}) {
                Locale.setDefault(locale);
                assertThat(AmountFormat.grouped().format(Money.of(new BigDecimal("1234567.5"), "USD")))
                        .as("%s", locale).isEqualTo("USD 1,234,567.50");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** Reading the text back gives the value: the format drops nothing but trailing zeros. */
    @Property(tries = 500)
    void text_readsBackAsTheSameNumber(@ForAll("values") BigDecimal value, @ForAll("currencies") String currency) {
        CurrencyUnit unit = Monetary.getCurrency(currency);
        int digits = unit.getDefaultFractionDigits();

        String canonical = AmountFormat.canonical().format(value, unit);
        String grouped = AmountFormat.grouped().format(value, unit);

        assertThat(canonical).startsWith(currency + " ");
        BigDecimal read = new BigDecimal(canonical.substring(4));
        assertThat(read).isEqualByComparingTo(value);
        assertThat(read.scale()).isEqualTo(Math.max(digits, value.stripTrailingZeros().scale()));
        assertThat(grouped.replace(",", "")).isEqualTo(canonical);
    }

    @Test
    void sharedFormat_isSafeAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        BigDecimal value = BigDecimal.valueOf(1_000_000L * offset + i, 2);
                        String text = AmountFormat.grouped().format(value, Monetary.getCurrency("USD"));
                        if (new BigDecimal(text.substring(4).replace(",", "")).compareTo(value) != 0) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("-1E15"), new BigDecimal("1E15")).ofScale(10),
                Arbitraries.integers().between(0, 10)).as((v, scale) -> v.setScale(scale, RoundingMode.DOWN));
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("USD", "JPY", "BHD", "EUR", "INR");
    }
}
