package io.partnerbill.export.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.money.Monetary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AmountInWordsTest {

    static Stream<Arguments> amounts() {
        return Stream.of(
                // Small numbers and the teens
                Arguments.of("INR", "0", "Rupees Zero Only"),
                Arguments.of("INR", "1", "Rupees One Only"),
                Arguments.of("INR", "19.05", "Rupees Nineteen and Five Paise Only"),
                Arguments.of("INR", "0.99", "Rupees Zero and Ninety-Nine Paise Only"),
                // Indian grouping: 12,34,567 is twelve lakh ...
                Arguments.of("INR", "12345.67", "Rupees Twelve Thousand Three Hundred Forty-Five and Sixty-Seven Paise Only"),
                Arguments.of("INR", "1234567.89",
                        "Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and Eighty-Nine Paise Only"),
                Arguments.of("INR", "100000000", "Rupees Ten Crore Only"),
                Arguments.of("INR", "1234567890.10", "Rupees One Hundred Twenty-Three Crore Forty-Five Lakh Sixty-Seven "
                        + "Thousand Eight Hundred Ninety and Ten Paise Only"),
                // Past 99 crore the grouping repeats: one lakh crore
                Arguments.of("INR", "1000000000000", "Rupees One Lakh Crore Only"),
                // Rounded HALF_UP to the currency's digits; other currencies by code
                Arguments.of("INR", "2.005", "Rupees Two and One Paise Only"),
                Arguments.of("USD", "1194.46", "USD One Thousand One Hundred Ninety-Four and Forty-Six Cents Only"),
                Arguments.of("JPY", "1500.4", "JPY One Thousand Five Hundred Only"));
    }

    @ParameterizedTest
    @MethodSource("amounts")
    void indian_spellsTheAmount(String currency, String amount, String words) {
        assertThat(AmountInWords.indian(new BigDecimal(amount), Monetary.getCurrency(currency))).isEqualTo(words);
    }

    /** The words read back, by a separate and plain parser, to the amount rounded to paise. */
    @Property(tries = 500)
    void indian_wordsReadBackToTheAmount(@ForAll @BigRange(min = "0", max = "99999999999.99") @Scale(2) BigDecimal amount) {
        String words = AmountInWords.indian(amount, Monetary.getCurrency("INR"));
        assertThat(readBack(words)).isEqualByComparingTo(amount);
    }

    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    static {
        String[] ones = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
            "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
        String[] tens = {"Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"};
        for (int i = 0; i < ones.length; i++) {
            NUMBERS.put(ones[i], i);
        }
        for (int t = 0; t < tens.length; t++) {
            NUMBERS.put(tens[t], 20 + 10 * t);
            for (int o = 1; o < 10; o++) {
                NUMBERS.put(tens[t] + "-" + ones[o], 20 + 10 * t + o);
            }
        }
    }

    /** "Rupees A Crore B Lakh ... and P Paise Only" back to a number: a stack of multipliers. */
    private static BigDecimal readBack(String words) {
        assertThat(words).startsWith("Rupees ").endsWith(" Only");
        String body = words.substring("Rupees ".length(), words.length() - " Only".length());
        String[] parts = body.split(" and ");
        BigDecimal paise = parts.length == 2
                ? BigDecimal.valueOf(NUMBERS.get(parts[1].replace(" Paise", "")), 2) : BigDecimal.ZERO;
        BigInteger total = BigInteger.ZERO;
        BigInteger group = BigInteger.ZERO;
        for (String word : parts[0].split(" ")) {
            switch (word) {
                case "Hundred" -> group = group.multiply(BigInteger.valueOf(100));
                case "Thousand", "Lakh" -> {
                    total = total.add(group.multiply(BigInteger.valueOf(word.equals("Thousand") ? 1000 : 100_000)));
                    group = BigInteger.ZERO;
                }
                case "Crore" -> {
                    total = total.add(group).multiply(BigInteger.valueOf(10_000_000));
                    group = BigInteger.ZERO;
                }
                default -> group = group.add(BigInteger.valueOf(NUMBERS.get(word)));
            }
        }
        return new BigDecimal(total.add(group)).add(paise);
    }
}
