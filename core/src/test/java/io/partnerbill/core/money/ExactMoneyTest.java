package io.partnerbill.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.InvalidValueException;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExactMoneyTest {

    private static final CurrencyUnit USD = Monetary.getCurrency("USD");

    @Provide
    Arbitrary<ExactMoney> amounts() {
        Arbitrary<BigDecimal> values = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(8),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e40"), new BigDecimal("1e40")).ofScale(0),
                Arbitraries.of(new BigDecimal("1E+3"), new BigDecimal("0.10"), BigDecimal.ZERO, new BigDecimal("-0.000")));
        Arbitrary<CurrencyUnit> currencies = Arbitraries.of("USD", "JPY", "BHD", "EUR", "CLF").map(Monetary::getCurrency);
        return Combinators.combine(values, currencies).as(ExactMoney::of);
    }

    // The canonical text, worked out by hand from the rule: fraction digits at least, never fewer than the value has.
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # padded to the currency's fraction digits
            12.5 | USD | USD 12.50
            -5 | USD | USD -5.00
            0 | USD | USD 0.00
            5 | BHD | BHD 5.000
            1E+2 | USD | USD 100.00
            # never fewer digits than the value has
            0.00000001 | USD | USD 0.00000001
            0.125 | USD | USD 0.125
            1235 | JPY | JPY 1235
            1234.5 | JPY | JPY 1234.5
            # trailing zeros past the fraction digits do not show: equal amounts read the same
            12.50000 | USD | USD 12.50
            7.000 | JPY | JPY 7
            """)
    void format_writesTheCanonicalText(String value, String currency, String text) {
        CurrencyUnit unit = Monetary.getCurrency(currency);
        assertThat(ExactMoney.of(new BigDecimal(value), unit)).hasToString(text);
        assertThat(ExactMoney.format(new BigDecimal(value), unit)).isEqualTo(text);
        assertThat(ExactMoney.format(Money.of(new BigDecimal(value), unit))).isEqualTo(text);
        assertThat(ExactMoney.parse(text)).isEqualTo(ExactMoney.of(new BigDecimal(value), unit)).hasToString(text);
    }

    @Property
    void format_agreesWithPaddingTheStrippedDigitsByHand(@ForAll("amounts") ExactMoney amount) {
        // The reference works on the text: strip trailing zeros, then pad the fraction with zeros.
        String plain = amount.amount().stripTrailingZeros().toPlainString();
        int point = plain.indexOf('.');
        int decimals = point < 0 ? 0 : plain.length() - point - 1;
        int wanted = Math.max(0, amount.currency().getDefaultFractionDigits());
        StringBuilder expected = new StringBuilder(plain);
        if (decimals < wanted) {
            expected.append(point < 0 ? "." : "").append("0".repeat(wanted - decimals));
        }
        assertThat(amount.toString()).isEqualTo(amount.currency().getCurrencyCode() + " " + expected);
    }

    @Property
    void parse_readsBackWhatToStringWrites(@ForAll("amounts") ExactMoney amount) {
        ExactMoney back = ExactMoney.parse(amount.toString());
        assertThat(back).isEqualTo(amount).hasSameHashCodeAs(amount);
        assertThat(back).hasToString(amount.toString());
    }

    @Property
    void equality_isByCurrencyAndNumericValueWhateverTheScale(@ForAll("amounts") ExactMoney amount,
            @ForAll @IntRange(min = 1, max = 6) int extraZeros) {
        ExactMoney wider = ExactMoney.of(amount.amount().setScale(amount.amount().scale() + extraZeros), amount.currency());
        assertThat(wider).isEqualTo(amount).hasSameHashCodeAs(amount);
        assertThat(ExactMoney.same(wider.toMonetaryAmount(), amount.toMonetaryAmount())).isTrue();
        assertThat(ExactMoney.hash(wider.toMonetaryAmount())).isEqualTo(ExactMoney.hash(amount.toMonetaryAmount()));
        ExactMoney other = ExactMoney.of(amount.amount(), amount.currency().getCurrencyCode().equals("USD")
                ? Monetary.getCurrency("EUR") : USD);
        assertThat(other).isNotEqualTo(amount);
        assertThat(amount.plus(ExactMoney.of(new BigDecimal("0.00000001"), amount.currency()))).isNotEqualTo(amount);
    }

    @Test
    void same_treatsFiveAndFivePointZeroZeroAsTheSameMoney_acrossAmountTypes() {
        MonetaryAmount fast = FastMoney.of(new BigDecimal("5.00"), "USD");
        MonetaryAmount money = Money.of(new BigDecimal("5.00"), "USD");
        MonetaryAmount five = ExactMoney.monetary(new BigDecimal("5"), USD);
        assertThat(ExactMoney.same(fast, money)).isTrue();
        assertThat(ExactMoney.same(five, money)).isTrue();
        assertThat(ExactMoney.hash(fast)).isEqualTo(ExactMoney.hash(money)).isEqualTo(ExactMoney.hash(five));
        assertThat(ExactMoney.from(fast)).isEqualTo(ExactMoney.from(money)).isEqualTo(ExactMoney.of(new BigDecimal("5.00"), USD));
        assertThat(ExactMoney.same(fast, Money.of(5, "EUR"))).isFalse();
        assertThat(ExactMoney.same(fast, Money.of(new BigDecimal("5.00000001"), "USD"))).isFalse();
        // Moneta's amounts hold 5.00 as 5: the canonical text pads it, plainText shows the digits held
        assertThat(ExactMoney.format(money)).isEqualTo("USD 5.00");
        assertThat(ExactMoney.plainText(money)).isEqualTo("USD 5");
        assertThat(ExactMoney.plainText(Money.of(new BigDecimal("-12.50"), "USD"))).isEqualTo("USD -12.5");
    }

    @Test
    void monetary_isExactWhateverTheDigits() {
        BigDecimal wide = new BigDecimal("9".repeat(300) + ".123456789");
        MonetaryAmount amount = ExactMoney.monetary(wide, USD);
        assertThat(amount).isInstanceOf(Money.class);
        assertThat(ExactMoney.decimal(amount)).isEqualByComparingTo(wide);
        assertThat(amount.getContext().getPrecision()).isZero();
        assertThat(ExactMoney.of(wide, USD).toMonetaryAmount()).isEqualTo(amount);
        // adding keeps the exact context: nothing rounds to a default precision of 256 digits
        assertThat(ExactMoney.decimal(amount.add(amount))).isEqualByComparingTo(wide.add(wide));
    }

    @Test
    void plusAndMinus_refuseAnotherCurrency() {
        ExactMoney usd = ExactMoney.of(new BigDecimal("1.50"), USD);
        ExactMoney eur = ExactMoney.of(BigDecimal.ONE, Monetary.getCurrency("EUR"));
        assertThat(usd.plus(usd)).isEqualTo(ExactMoney.of(new BigDecimal("3"), USD));
        assertThat(usd.minus(usd.negated().negated())).isEqualTo(ExactMoney.of(BigDecimal.ZERO, USD));
        assertThatThrownBy(() -> usd.plus(eur)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Amount 'EUR 1.00' is in EUR but USD was expected");
        assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Amount 'EUR 1.00' is in EUR but USD was expected");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            USD | Amount must read like 'USD 12.50', was 'USD'
            12.50 | Amount must read like 'USD 12.50', was '12.50'
            USD 1e5 | Amount must read like 'USD 12.50', was 'USD 1e5'
            USD 12. | Amount must read like 'USD 12.50', was 'USD 12.'
            USD .5 | Amount must read like 'USD 12.50', was 'USD .5'
            USD  5 | Amount must read like 'USD 12.50', was 'USD  5'
            USD - | Amount must read like 'USD 12.50', was 'USD -'
            QQQ 5 | Amount must name a known currency, was 'QQQ 5'
            """)
    void parse_refusesWhatIsNotTheCanonicalTextNamingIt(String text, String message) {
        assertThatThrownBy(() -> ExactMoney.parse(text)).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void atLineScale_refusesMoreThanEightSignificantDecimals() {
        assertThat(ExactMoney.atLineScale(new BigDecimal("1.5"), "Fee")).isEqualTo(new BigDecimal("1.50000000"));
        assertThat(ExactMoney.atLineScale(new BigDecimal("1.1234567800"), "Fee", "x")).isEqualTo(new BigDecimal("1.12345678"));
        assertThatThrownBy(() -> ExactMoney.atLineScale(new BigDecimal("1.123456789"), "Fee of order '%s'", "O-1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Fee of order 'O-1' must have at most 8 decimal places, was '1.123456789'");
    }
}
