package io.partnerbill.core.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.testkit.BillingArbitraries;
import java.math.BigDecimal;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DiscountRateTest {

    private static final CurrencyUnit USD = Monetary.getCurrency("USD");

    // The six discounts of the operator's screenshot, applied to 100.00 and to 0.00000001.
    // 100.00 x (100 - p) / 100 is exact; 0.00000001 x (100 - p) / 100 rounds HALF_UP at 8 decimals:
    // 12% -> 0.0000000088 -> 0.00000001; 1% -> 0.0000000099 -> 0.00000001;
    // 67% -> 0.0000000033 -> 0.00000000; 88% -> 0.0000000012 -> 0.00000000;
    // 34% -> 0.0000000066 -> 0.00000001; 11.12% -> 0.000000008888 -> 0.00000001.
    static Stream<Arguments> screenshotRates() {
        return Stream.of(
                Arguments.of("12.00% off", "88.00000000", "0.00000001"),
                Arguments.of("1.00% off", "99.00000000", "0.00000001"),
                Arguments.of("67.00% off", "33.00000000", "0.00000000"),
                Arguments.of("88.00% off", "12.00000000", "0.00000000"),
                Arguments.of("34.00% off", "66.00000000", "0.00000001"),
                Arguments.of("11.12% off", "88.88000000", "0.00000001"));
    }

    @ParameterizedTest
    @MethodSource("screenshotRates")
    void settlement_ofScreenshotRates(String rate, String on100, String onSmallest) {
        DiscountRate discount = DiscountRate.parse(rate);
        assertThat(ExactMoney.decimal(discount.settlement(usd("100.00"), RoundingPolicy.LINE))).isEqualByComparingTo(new BigDecimal(on100));
        assertThat(ExactMoney.decimal(discount.settlement(usd("0.00000001"), RoundingPolicy.LINE)))
                .isEqualByComparingTo(new BigDecimal(onSmallest));
        assertThat(discount.toString()).isEqualTo(rate);
    }

    @ParameterizedTest
    @MethodSource("screenshotRates")
    void settlement_ofARefundIsTheNegatedSettlement(String rate, String on100, String onSmallest) {
        DiscountRate discount = DiscountRate.parse(rate);
        assertThat(ExactMoney.decimal(discount.settlement(usd("-100.00"), RoundingPolicy.LINE)))
                .isEqualByComparingTo(new BigDecimal(on100).negate());
        assertThat(ExactMoney.decimal(discount.settlement(usd("-0.00000001"), RoundingPolicy.LINE)))
                .isEqualByComparingTo(new BigDecimal(onSmallest).negate());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            120.00 | Discount must be less than 100% off, was '120.00'
            100 | Discount must be less than 100% off, was '100'
            -1 | Discount must not be negative, was '-1'
            12.345 | Discount must have at most two decimals, was '12.345'
            twelve | Discount must be a number of percent off, was 'twelve'
            """)
    void ofPercentOff_refusesBadValues(String value, String message) {
        assertThatThrownBy(() -> DiscountRate.ofPercentOff(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void parse_refusesOtherForms(String text, String message) {
        assertThatThrownBy(() -> DiscountRate.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> badTexts() {
        String range = "Discount must be from 0.00 to less than 100.00 percent off, was ";
        String form = "Discount must look like '12.00% off', was ";
        return Stream.of(
                // out of range: the message says the range and quotes the text
                Arguments.of("120% off", range + "'120% off'"),
                Arguments.of("100.00% off", range + "'100.00% off'"),
                Arguments.of("100% OFF", range + "'100% OFF'"),
                Arguments.of("-5.00% off", range + "'-5.00% off'"),
                Arguments.of("-0.00% off", range + "'-0.00% off'"),
                Arguments.of("99999999999999999999.99% off", range + "'99999999999999999999.99% off'"),
                // in range, too precise
                Arguments.of("12.345% off", "Discount must have at most two decimals, was '12.345% off'"),
                // not the form
                Arguments.of("12.00%", form + "'12.00%'"),
                Arguments.of("12.00 % off", form + "'12.00 % off'"),
                Arguments.of(" 12.00% off", form + "' 12.00% off'"),
                Arguments.of("12.00% off ", form + "'12.00% off '"),
                Arguments.of("+5.00% off", form + "'+5.00% off'"),
                Arguments.of("12.% off", form + "'12.% off'"),
                Arguments.of(".5% off", form + "'.5% off'"),
                Arguments.of("1e1% off", form + "'1e1% off'"),
                Arguments.of("12.00% of", form + "'12.00% of'"),
                Arguments.of("twelve% off", form + "'twelve% off'"),
                Arguments.of("", form + "''"),
                // a long value is cut to 80 characters in the message
                Arguments.of("1".repeat(100_000) + "% off", range + "'" + "1".repeat(80) + "...' (100005 characters)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            12.00% off | 12.00% off
            12.00% OFF | 12.00% off
            12.00% Off | 12.00% off
            12% off | 12.00% off
            12.5% off | 12.50% off
            0% off | 0.00% off
            0.00% off | 0.00% off
            99.99% off | 99.99% off
            012.00% off | 12.00% off
            12.000% off | 12.00% off
            """)
    void parse_acceptsItsFormInAnyCaseAndGivesTheCanonicalText(String text, String canonical) {
        DiscountRate rate = DiscountRate.parse(text);
        assertThat(rate).hasToString(canonical);
        assertThat(rate.percentOff()).isEqualByComparingTo(canonical.substring(0, canonical.indexOf('%')));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            75 | 25.00% off
            100 | 0.00% off
            88.88 | 11.12% off
            0.01 | 99.99% off
            """)
    void ofPayablePercent_convertsTheChineseExportsShare(String payable, String expected) {
        assertThat(DiscountRate.ofPayablePercent(new BigDecimal(payable))).hasToString(expected);
    }

    @ParameterizedTest
    @MethodSource("badPayable")
    void ofPayablePercent_refusesOutOfRange(String payable) {
        assertThatThrownBy(() -> DiscountRate.ofPayablePercent(new BigDecimal(payable)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Payable share must be more than 0% and at most 100%, was '" + payable + "'");
    }

    static Stream<String> badPayable() {
        return Stream.of("0", "-5", "100.01");
    }

    @Provide
    Arbitrary<DiscountRate> rates() {
        return BillingArbitraries.discountRates();
    }

    @Provide
    Arbitrary<BigDecimal> expenditures() {
        return BillingArbitraries.amounts(BigDecimal.ZERO, new BigDecimal("2147483647"));
    }

    @Property
    void parseOfToStringGivesBackTheRate(@ForAll("rates") DiscountRate rate) {
        assertThat(DiscountRate.parse(rate.toString())).isEqualTo(rate);
        assertThat(DiscountRate.parse(rate.toString().toUpperCase(java.util.Locale.ROOT))).isEqualTo(rate);
        assertThat(DiscountRate.parse(rate.toString()).toString()).isEqualTo(rate.toString());
    }

    @Provide
    Arbitrary<BigDecimal> hundredthsOfAPercent() {
        // -200.00 to 200.00 in hundredths: about half in range, the rest on either side of it.
        return net.jqwik.api.Arbitraries.integers().between(-20_000, 20_000).map(i -> BigDecimal.valueOf(i, 2));
    }

    @Property
    void parseAcceptsExactlyTheRange(@ForAll("hundredthsOfAPercent") BigDecimal percent) {
        String text = percent.toPlainString() + "% off";
        if (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) < 0) {
            assertThat(DiscountRate.parse(text).percentOff()).isEqualTo(percent);
        } else {
            assertThatThrownBy(() -> DiscountRate.parse(text)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("Discount must be from 0.00 to less than 100.00 percent off, was '" + text + "'");
        }
    }

    @Property
    void settlementLiesBetweenZeroAndTheExpenditure(@ForAll("rates") DiscountRate rate,
            @ForAll("expenditures") BigDecimal expenditure) {
        BigDecimal settlement = ExactMoney.decimal(rate.settlement(ExactMoney.monetary(expenditure, USD), RoundingPolicy.LINE));
        assertThat(settlement).isBetween(BigDecimal.ZERO, expenditure);
        assertThat(settlement.scale()).isLessThanOrEqualTo(8);
    }

    private static MonetaryAmount usd(String value) {
        return ExactMoney.monetary(new BigDecimal(value), USD);
    }
}
