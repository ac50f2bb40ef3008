package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndianStateTest {

    @Test
    void table_hasEveryCodeFrom01To38And97() {
        assertThat(Arrays.stream(IndianState.values()).map(IndianState::code))
                .containsExactlyElementsOf(Stream.concat(
                        Stream.iterate(1, i -> i <= 38, i -> i + 1).map(i -> String.format("%02d", i)),
                        Stream.of("97")).toList());
    }

    static Stream<Arguments> localTax() {
        return Stream.of(
                // Union territories without a legislature levy UTGST
                Arguments.of("04", "Chandigarh", "UTGST"),
                Arguments.of("31", "Lakshadweep", "UTGST"),
                Arguments.of("26", "Dadra and Nagar Haveli and Daman and Diu", "UTGST"),
                Arguments.of("35", "Andaman and Nicobar Islands", "UTGST"),
                Arguments.of("38", "Ladakh", "UTGST"),
                Arguments.of("97", "Other Territory", "UTGST"),
                Arguments.of("25", "Daman and Diu", "UTGST"),
                // Union territories with a legislature levy SGST
                Arguments.of("07", "Delhi", "SGST"),
                Arguments.of("34", "Puducherry", "SGST"),
                Arguments.of("01", "Jammu and Kashmir", "SGST"),
                // States
                Arguments.of("29", "Karnataka", "SGST"),
                Arguments.of("27", "Maharashtra", "SGST"),
                Arguments.of("36", "Telangana", "SGST"),
                Arguments.of("37", "Andhra Pradesh", "SGST"));
    }

    @ParameterizedTest
    @MethodSource("localTax")
    void of_findsStateWithNameAndLocalTax(String code, String name, String localTax) {
        IndianState state = IndianState.of(code);

        assertThat(state.code()).isEqualTo(code);
        assertThat(state.displayName()).isEqualTo(name);
        assertThat(state.localTaxName()).isEqualTo(localTax);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "39", "99", "9", "029", ""})
    void of_refusesUnknownCode(String code) {
        assertThatThrownBy(() -> IndianState.of(code))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Indian GST state code must be 01 to 38 or 97, was '" + code + "'");
    }
}
