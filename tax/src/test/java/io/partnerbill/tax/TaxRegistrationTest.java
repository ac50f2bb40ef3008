package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxRegistrationTest {

    private static final Gstin KARNATAKA = Gstin.of("29ABCDE1234F1ZW");

    @Test
    void india_takesTheStateFromTheGstin() {
        TaxRegistration r = TaxRegistration.india(KARNATAKA);

        assertThat(r.country()).isEqualTo(Country.INDIA);
        assertThat(r.state()).contains(IndianState.KARNATAKA);
        assertThat(r.gstin()).contains(KARNATAKA);
        assertThat(r.vatId()).isEmpty();
        assertThat(r.isSezUnit()).isFalse();
        assertThat(r.asSezUnit().isSezUnit()).isTrue();
        assertThat(TaxRegistration.india(IndianState.KARNATAKA, KARNATAKA)).isEqualTo(r);
    }

    @Test
    void india_refusesGstinOfAnotherState() {
        assertThatThrownBy(() -> TaxRegistration.india(IndianState.MAHARASHTRA, KARNATAKA))
                .isInstanceOf(InvalidGstinException.class)
                .hasMessage("GSTIN '29ABCDE1234F1ZW' has state code '29' (Karnataka) but the declared state is '27' "
                        + "(Maharashtra)");
    }

    @Test
    void eu_takesTheCountryFromTheVatId() {
        TaxRegistration r = TaxRegistration.eu(VatId.of("EL094259216"));

        assertThat(r.country()).isEqualTo(Country.of("GR"));
        assertThat(r.vatId()).contains(VatId.of("EL094259216"));
        assertThat(r.gstin()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SG", "DE", "IN 29ABCDE1234F1ZW", "IN 29ABCDE1234F1ZW SEZ", "DE DE123456789", "GR EL094259216"})
    void parse_readsBackToString(String text) {
        assertThat(TaxRegistration.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IN 29ABCDE1234F1ZW X", "FR DE123456789", "SG SG 1", "IN 29ABCDE1234F1ZW SEZ 1"})
    void parse_refusesOtherForms(String text) {
        assertThatThrownBy(() -> TaxRegistration.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Tax registration must look like 'SG', 'IN 29ABCDE1234F1ZW [SEZ]' or 'DE DE123456789', was '"
                        + text + "'");
    }

    @Test
    void of_refusesIndiaWithoutGstin() {
        assertThatThrownBy(() -> TaxRegistration.of(Country.INDIA))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("A registration in 'IN' needs a GSTIN: use TaxRegistration.india(..)");
    }

    @Test
    void asSezUnit_refusesOutsideIndia() {
        assertThatThrownBy(() -> TaxRegistration.of(Country.of("SG")).asSezUnit())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Only a registration in India can be an SEZ unit, was 'SG'");
    }
}
