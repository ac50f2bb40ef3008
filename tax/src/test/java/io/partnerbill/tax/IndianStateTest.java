package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndianStateTest {

    @Test
    void table_hasEveryCodeFrom01To38And97() {
        assertThat(Arrays.stream(IndianState.values()).map(IndianState::code))
                .containsExactlyElementsOf(Stream.concat(
                        Stream.iterate(1, i -> i <= 38, i -> i + 1).map(i -> String.format("%02d", i)),
                        Stream.of("97")).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # Union territories without a legislature levy UTGST
            04 | Chandigarh | UTGST
            31 | Lakshadweep | UTGST
            26 | Dadra and Nagar Haveli and Daman and Diu | UTGST
            35 | Andaman and Nicobar Islands | UTGST
            38 | Ladakh | UTGST
            97 | Other Territory | UTGST
            25 | Daman and Diu | UTGST
            # Union territories with a legislature levy SGST
            07 | Delhi | SGST
            34 | Puducherry | SGST
            01 | Jammu and Kashmir | SGST
            # States
            29 | Karnataka | SGST
            27 | Maharashtra | SGST
            36 | Telangana | SGST
            37 | Andhra Pradesh | SGST
            """)
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
