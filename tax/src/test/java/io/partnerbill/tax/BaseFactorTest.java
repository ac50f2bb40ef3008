package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseFactorTest {

    @ParameterizedTest
    @CsvSource({"1,1", "11/12,11/12", "22/24,11/12", "0.5,1/2", "1.0,1", "12/12,1", "0.25,1/4"})
    void parse_reducesToLowestTerms(String text, String canonical) {
        BaseFactor f = BaseFactor.parse(text);

        assertThat(f).hasToString(canonical);
        assertThat(BaseFactor.parse(f.toString())).isEqualTo(f);
    }

    @Test
    void of_keepsNumeratorAndDenominator() {
        BaseFactor f = BaseFactor.of(11, 12);

        assertThat(f.numerator()).hasToString("11");
        assertThat(f.denominator()).hasToString("12");
        assertThat(f.isOne()).isFalse();
        assertThat(BaseFactor.of(3, 3)).isSameAs(BaseFactor.ONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13/12", "0/5", "1.5", "2"})
    void parse_refusesOutOfRange(String text) {
        assertThatThrownBy(() -> BaseFactor.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Base factor must be greater than 0 and at most 1, was '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "11/", "/12", "-1/2", "1e-1", "11 / 12"})
    void parse_refusesMalformed(String text) {
        assertThatThrownBy(() -> BaseFactor.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Base factor must look like '1', '11/12' or '0.5', was '" + text + "'");
    }

    @Test
    void of_refusesHugeDenominator() {
        assertThatThrownBy(() -> BaseFactor.of(1, 2_000_000_000L))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Base factor's denominator must be at most 10^9, was '1/2000000000'");
    }
}
