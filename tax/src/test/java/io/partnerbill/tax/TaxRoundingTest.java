package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.RoundingPolicy;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxRoundingTest {

    @ParameterizedTest
    @ValueSource(strings = {"PER_COMPONENT HALF_UP@currency", "PER_BILL DOWN@0", "PER_COMPONENT HALF_EVEN@2"})
    void parse_readsBackToString(String text) {
        assertThat(TaxRounding.parse(text)).hasToString(text).isEqualTo(TaxRounding.parse(text));
    }

    @Test
    void factories_setLevelAndRounding() {
        RoundingPolicy rupee = RoundingPolicy.ofScale(0, RoundingMode.HALF_UP);

        assertThat(TaxRounding.perBill(rupee).level()).isEqualTo(TaxRounding.Level.PER_BILL);
        assertThat(TaxRounding.perComponent(rupee).rounding()).isEqualTo(rupee);
        assertThat(TaxRounding.DEFAULT).hasToString("PER_COMPONENT HALF_UP@currency");
    }

    @Test
    void parse_refusesOtherForms() {
        assertThatThrownBy(() -> TaxRounding.parse("HALF_UP@currency"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Tax rounding must look like 'PER_COMPONENT HALF_UP@currency', was 'HALF_UP@currency'");
        assertThatThrownBy(() -> TaxRounding.parse("PER_LINE HALF_UP@2"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Tax rounding level must be PER_COMPONENT or PER_BILL, was 'PER_LINE HALF_UP@2'");
        assertThatThrownBy(() -> TaxRounding.parse("PER_BILL HALF_UP"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Rounding policy must look like 'HALF_UP@currency' or 'HALF_UP@2', was 'HALF_UP'");
    }
}
