package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.testkit.GstinArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Gstin against the testkit's independent generator of valid and invalid GSTINs. */
class GstinPropertiesTest {

    @Provide
    Arbitrary<String> valid() {
        return GstinArbitraries.valid();
    }

    @Property
    void everyValidGstinParsesAndRoundTrips(@ForAll("valid") String text) {
        Gstin gstin = Gstin.of(text);
        assertThat(gstin.toString()).isEqualTo(text);
        assertThat(Gstin.parse(gstin.toString())).isEqualTo(gstin);
        assertThat(gstin.state().code()).isEqualTo(text.substring(0, 2));
    }

    @Provide
    Arbitrary<String> badCheck() {
        return GstinArbitraries.invalid(GstinArbitraries.Defect.BAD_CHECK_CHARACTER);
    }

    @Property
    void aWrongCheckCharacterIsRefused(@ForAll("badCheck") String text) {
        assertThatThrownBy(() -> Gstin.of(text)).isInstanceOf(InvalidGstinException.class)
                .hasMessageStartingWith("GSTIN '" + text + "'").hasMessageContaining("check character");
    }

    @Provide
    Arbitrary<String> badState() {
        return GstinArbitraries.invalid(GstinArbitraries.Defect.BAD_STATE);
    }

    @Property
    void anUnknownStateIsRefused(@ForAll("badState") String text) {
        assertThatThrownBy(() -> Gstin.of(text)).isInstanceOf(InvalidGstinException.class)
                .hasMessageStartingWith("GSTIN '" + text + "'").hasMessageContaining("state code");
    }

    @Provide
    Arbitrary<String> badLength() {
        return GstinArbitraries.invalid(GstinArbitraries.Defect.BAD_LENGTH);
    }

    @Property
    void aWrongLengthIsRefused(@ForAll("badLength") String text) {
        assertThatThrownBy(() -> Gstin.of(text)).isInstanceOf(InvalidGstinException.class)
                .hasMessageContaining(text.isEmpty() ? "GSTIN" : text);
    }
}
