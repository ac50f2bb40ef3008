package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VatIdTest {

    @ParameterizedTest
    @CsvSource({"DE123456789,DE", "IE6388047V,IE", "EL094259216,GR", "FRXX999999999,FR", "NL123456789B01,NL"})
    void of_acceptsEuVatIds(String text, String country) {
        VatId id = VatId.of(text);

        assertThat(id.country()).isEqualTo(Country.of(country));
        assertThat(id.value()).isEqualTo(text);
        assertThat(VatId.parse(id.toString())).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de123456789", "DE 123456789", "DE1", "DE1234567890123"})
    void of_refusesMalformedIds(String text) {
        assertThatThrownBy(() -> VatId.of(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("VAT id must be a two-letter prefix and 2 to 12 digits or upper-case letters, was '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GR094259216", "GB123456789", "SG123456789", "XX12345"})
    void of_refusesPrefixesOutsideTheEu(String text) {
        assertThatThrownBy(() -> VatId.of(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("VAT id must start with the prefix of an EU member state, was '" + text + "'");
    }
}
