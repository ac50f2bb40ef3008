package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class SupplierTest {

    @Test
    void india_hasStateAndOptionalLut() {
        Supplier s = Supplier.india("Operator India Pvt Ltd", Gstin.of("29AAACO1234K1ZH"));

        assertThat(s.country()).isEqualTo(Country.INDIA);
        assertThat(s.state()).contains(IndianState.KARNATAKA);
        assertThat(s.letterOfUndertaking()).isEmpty();
        assertThat(s.withLetterOfUndertaking("AD290324000123X").letterOfUndertaking()).contains("AD290324000123X");
        assertThat(s.withLetterOfUndertaking("AD290324000123X"))
                .hasToString("Supplier[Operator India Pvt Ltd, IN 29AAACO1234K1ZH, LUT AD290324000123X]");
    }

    @Test
    void of_hasNoGstin() {
        Supplier s = Supplier.of("Operator Pte Ltd", Country.of("SG"));

        assertThat(s.gstin()).isEmpty();
        assertThat(s.state()).isEmpty();
        assertThat(s.name()).isEqualTo("Operator Pte Ltd");
        assertThat(s).isEqualTo(Supplier.of("Operator Pte Ltd", Country.of("SG"))).hasToString("Supplier[Operator Pte Ltd, SG]");
    }

    @Test
    void refusesBadConfiguration() {
        assertThatThrownBy(() -> Supplier.of("Operator India", Country.INDIA))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("A supplier in 'IN' needs a GSTIN: use Supplier.india(..), was 'Operator India'");
        assertThatThrownBy(() -> Supplier.of(" ", Country.of("SG")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Supplier name must not be blank, was ' '");
        assertThatThrownBy(() -> Supplier.of("Operator Pte Ltd", Country.of("SG")).withLetterOfUndertaking("AD29"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Only a supplier in India exports under a letter of undertaking, was 'Supplier[Operator Pte Ltd, SG]'");
        assertThatThrownBy(() -> Supplier.india("Operator", Gstin.of("29AAACO1234K1ZH")).withLetterOfUndertaking(""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("LUT reference must not be blank, was ''");
    }
}
