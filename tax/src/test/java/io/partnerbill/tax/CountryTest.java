package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryTest {

    @ParameterizedTest
    @CsvSource({"SG,false", "IN,false", "DE,true", "IE,true", "GR,true", "FR,true", "GB,false", "CH,false"})
    void of_roundTripsAndKnowsEuMembers(String code, boolean eu) {
        Country c = Country.of(code);

        assertThat(c.code()).isEqualTo(code);
        assertThat(c.isEuMember()).isEqualTo(eu);
        assertThat(Country.parse(c.toString())).isEqualTo(c);
    }

    @Test
    void of_india_isTheConstant() {
        assertThat(Country.of("IN")).isSameAs(Country.INDIA);
    }

    @Test
    void of_refusesBadCodes() {
        assertThatThrownBy(() -> Country.of("sg"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Country must be two upper-case letters (ISO 3166-1 alpha-2), was 'sg'");
        assertThatThrownBy(() -> Country.of("SGP"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Country must be two upper-case letters (ISO 3166-1 alpha-2), was 'SGP'");
        assertThatThrownBy(() -> Country.of("XX"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Country must be an ISO 3166-1 alpha-2 code, was 'XX'");
    }
}
