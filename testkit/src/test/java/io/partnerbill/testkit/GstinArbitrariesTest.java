package io.partnerbill.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GstinArbitrariesTest {

    private static final List<String> STATES = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
            "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "97");

    @Test
    void checkCharacterOfAPublishedSample() {
        // 27AAPFU0939F1Z + V: the widely published sample GSTIN. Values (index x factor, folded):
        // 2,7x2=14, A=10,A=10x2=20, P=25,F=15x2=30, U=30,0x2=0, 9,3x2=6, 9,F=15x2=30, 1,Z=35x2=70->1+34=35
        // sum = 2+14+10+20+25+30+30+0+9+6+9+30+1+35 = 221; 221 % 36 = 5; (36 - 5) % 36 = 31 -> 'V'.
        assertThat(GstinArbitraries.checkCharacter("27AAPFU0939F1Z")).isEqualTo('V');
    }

    @Provide
    Arbitrary<String> valid() {
        return GstinArbitraries.valid();
    }

    @Property
    void validGstinsHaveTheShapeAndCheckCharacter(@ForAll("valid") String gstin) {
        assertThat(gstin).hasSize(15).matches("\\d{2}[A-Z]{5}\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]");
        assertThat(STATES).contains(gstin.substring(0, 2));
        assertThat(gstin.charAt(14)).isEqualTo(GstinArbitraries.checkCharacter(gstin.substring(0, 14)));
    }

    @Property
    void badCheckCharacters(@ForAll("badCheck") String gstin) {
        assertThat(gstin).hasSize(15);
        assertThat(gstin.charAt(14)).isNotEqualTo(GstinArbitraries.checkCharacter(gstin.substring(0, 14)));
    }

    @Provide
    Arbitrary<String> badCheck() {
        return GstinArbitraries.invalid(GstinArbitraries.Defect.BAD_CHECK_CHARACTER);
    }

    @Property
    void badStates(@ForAll("badState") String gstin) {
        assertThat(STATES).doesNotContain(gstin.substring(0, 2));
        assertThat(gstin.charAt(14)).isEqualTo(GstinArbitraries.checkCharacter(gstin.substring(0, 14)));
    }

    @Provide
    Arbitrary<String> badState() {
        return GstinArbitraries.invalid(GstinArbitraries.Defect.BAD_STATE);
    }

    @Property
    void badLengths(@ForAll("badLength") String gstin) {
        assertThat(gstin.length()).isNotEqualTo(15);
    }

    @Provide
    Arbitrary<String> badLength() {
        return GstinArbitraries.invalid(GstinArbitraries.Defect.BAD_LENGTH);
    }
}
