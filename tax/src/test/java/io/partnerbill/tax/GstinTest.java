package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GstinTest {

    /*
     * Check characters worked out by hand with the GSTIN check-character rule. Alphabet index: '0'..'9' = 0..9,
     * 'A' = 10, 'B' = 11, ..., 'Z' = 35. Factors 1, 2, 1, 2, ... over the first 14 characters;
     * a product p >= 36 folds into p / 36 + p % 36; check = alphabet[(36 - sum % 36) % 36].
     */
    static Stream<Arguments> validGstins() {
        return Stream.of(
                // 29ABCDE1234F1Z: 2*1=2, 9*2=18, A 10*1=10, B 11*2=22, C 12*1=12, D 13*2=26, E 14*1=14,
                // 1*2=2, 2*1=2, 3*2=6, 4*1=4, F 15*2=30, 1*1=1, Z 35*2=70 -> 1+34=35.
                // sum = 2+18+10+22+12+26+14+2+2+6+4+30+1+35 = 184; 184 % 36 = 4; 36-4 = 32 -> 'W'
                Arguments.of("29ABCDE1234F1ZW", IndianState.KARNATAKA, "ABCDE1234F"),
                // 27ABCDE1234F1Z: as above but 7*2=14 instead of 9*2=18: sum = 184-4 = 180;
                // 180 % 36 = 0; (36-0) % 36 = 0 -> '0'
                Arguments.of("27ABCDE1234F1Z0", IndianState.MAHARASHTRA, "ABCDE1234F"),
                // 29AAACO1234K1Z: 2, 18, A 10, A 20, A 10, C 24, O 24*1=24, 1*2=2, 2, 6, 4,
                // K 20*2=40 -> 1+4=5, 1, Z 70 -> 35. sum = 163; 163 % 36 = 19; 36-19 = 17 -> 'H'
                Arguments.of("29AAACO1234K1ZH", IndianState.KARNATAKA, "AAACO1234K"),
                // 04AAACC1206D1Z: 0, 4*2=8, 10, 20, 10, C 24, C 12, 1*2=2, 2, 0*2=0, 6, D 26, 1, 35.
                // sum = 156; 156 % 36 = 12; 36-12 = 24 -> 'O'
                Arguments.of("04AAACC1206D1ZO", IndianState.CHANDIGARH, "AAACC1206D"),
                // 33AAACI1195H1Z: 3, 6, 10, 20, 10, 24, I 18, 2, 1, 9*2=18, 5, H 17*2=34, 1, 35.
                // sum = 187; 187 % 36 = 7; 36-7 = 29 -> 'T'
                Arguments.of("33AAACI1195H1ZT", IndianState.TAMIL_NADU, "AAACI1195H"),
                // 27AAPFU0939F1Z: 2, 14, 10, 20, P 25, F 30, U 30, 0, 9, 3*2=6, 9, F 30, 1, 35.
                // sum = 221; 221 % 36 = 5; 36-5 = 31 -> 'V'
                Arguments.of("27AAPFU0939F1ZV", IndianState.MAHARASHTRA, "AAPFU0939F"),
                // 07AAAAA0000A1Z: 0, 14, 10, 20, 10, 20, 10, 0, 0, 0, 0, A 20, 1, 35.
                // sum = 140; 140 % 36 = 32; 36-32 = 4 -> '4'
                Arguments.of("07AAAAA0000A1Z4", IndianState.DELHI, "AAAAA0000A"),
                // 01AABCU9603R1Z: 0, 2, 10, 20, B 11, C 24, U 30, 9*2=18, 6, 0, 3, R 27*2=54 -> 1+18=19,
                // 1, 35. sum = 179; 179 % 36 = 35; 36-35 = 1 -> '1'
                Arguments.of("01AABCU9603R1Z1", IndianState.JAMMU_AND_KASHMIR, "AABCU9603R"),
                // 34ZZZZZ9999Z9Z: 3, 8, Z 35, Z 70 -> 35, 35, 35, 35, 18, 9, 18, 9, Z 35, 9, Z 35.
                // sum = 319; 319 % 36 = 31; 36-31 = 5 -> '5'
                Arguments.of("34ZZZZZ9999Z9Z5", IndianState.PUDUCHERRY, "ZZZZZ9999Z"));
    }

    @ParameterizedTest
    @MethodSource("validGstins")
    void of_acceptsValidGstin(String text, IndianState state, String pan) {
        Gstin gstin = Gstin.of(text);

        assertThat(gstin.state()).isEqualTo(state);
        assertThat(gstin.pan()).isEqualTo(pan);
        assertThat(gstin.value()).isEqualTo(text);
        assertThat(Gstin.checkCharacter(text.substring(0, 14))).isEqualTo(text.charAt(14));
        assertThat(Gstin.parse(gstin.toString())).isEqualTo(gstin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # Wrong check character: 29ABCDE1234F1Z sums to 184 -> 'W' (above), not '5'.
            29ABCDE1234F1Z5 | GSTIN '29ABCDE1234F1Z5' has check character '5' but 'W' was expected
            # 27ABCDE1234F1Z sums to 180 -> '0', not 'W' (a Karnataka check on a Maharashtra GSTIN).
            27ABCDE1234F1ZW | GSTIN '27ABCDE1234F1ZW' has check character 'W' but '0' was expected
            # 33AAACI1195H1Z sums to 187 -> 'T'; a typo 'I' -> 'J' (18 -> 19, factor 1) makes
            # the sum 188; 188 % 36 = 8; 36-8 = 28 -> 'S', so the old 'T' is refused.
            33AAACJ1195H1ZT | GSTIN '33AAACJ1195H1ZT' has check character 'T' but 'S' was expected
            # Two digits swapped, 07 -> 70... is an unknown state code, refused before the check.
            70AAAAA0000A1Z4 | GSTIN '70AAAAA0000A1Z4' has unknown state code '70' (01 to 38 or 97 expected)
            29ABCDE1234F1Z | GSTIN '29ABCDE1234F1Z' must have 15 characters, has 14
            29abcde1234f1zw | GSTIN '29abcde1234f1zw' must have only digits and upper-case letters, has 'a' at position 3
            29ABCD11234F1ZW | GSTIN '29ABCD11234F1ZW' has a malformed PAN 'ABCD11234F' (5 letters, 4 digits, 1 letter expected)
            29ABCDE1234F0ZW | GSTIN '29ABCDE1234F0ZW' has entity code '0' at position 13 (1-9 or A-Z expected)
            29ABCDE1234F1YW | GSTIN '29ABCDE1234F1YW' has 'Y' at position 14 ('Z' expected)
            00ABCDE1234F1ZW | GSTIN '00ABCDE1234F1ZW' has unknown state code '00' (01 to 38 or 97 expected)
            """)
    void of_refusesInvalidGstin(String text, String message) {
        assertThatThrownBy(() -> Gstin.of(text))
                .isInstanceOf(InvalidGstinException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidGstinException) e).gstin()).isEqualTo(text);
    }

    @Test
    void checkCharacter_refusesWrongLengthAndAlphabet() {
        assertThatThrownBy(() -> Gstin.checkCharacter("29ABCDE"))
                .isInstanceOf(InvalidGstinException.class)
                .hasMessage("GSTIN '29ABCDE' prefix must have 14 characters, has 7");
        assertThatThrownBy(() -> Gstin.checkCharacter("29ABCDE1234F1-"))
                .isInstanceOf(InvalidGstinException.class)
                .hasMessage("GSTIN '29ABCDE1234F1-' prefix must have only digits and upper-case letters, has '-' at position 14");
    }

    @Test
    void equalsAndHashCode_followTheText() {
        assertThat(Gstin.of("29ABCDE1234F1ZW")).isEqualTo(Gstin.parse("29ABCDE1234F1ZW"))
                .hasSameHashCodeAs(Gstin.of("29ABCDE1234F1ZW"))
                .isNotEqualTo(Gstin.of("27ABCDE1234F1Z0"));
    }
}
