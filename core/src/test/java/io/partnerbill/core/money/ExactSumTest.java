package io.partnerbill.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ExactSumTest {

    @Provide
    Arbitrary<List<BigDecimal>> values() {
        // Near the long limit of 10^-8 units (about 92 billion) so the fast path overflows often.
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-92233720368.54775808"),
                        new BigDecimal("92233720368.54775807")).ofScale(8),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e15"), new BigDecimal("1e15")).ofScale(8))
                .list().ofMaxSize(40);
    }

    @Property
    void sumEqualsThePlainBigDecimalSum(@ForAll("values") List<BigDecimal> values) {
        ExactSum sum = new ExactSum();
        BigDecimal reference = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum.add(LineUnits.units(v), LineUnits.hugeOrNull(v));
            reference = reference.add(v);
        }
        assertThat(sum.value()).isEqualByComparingTo(reference);
        assertThat(sum.value().scale()).isEqualTo(8);
    }

    @Property
    void mergedHalvesEqualTheWhole(@ForAll("values") List<BigDecimal> values) {
        ExactSum whole = new ExactSum();
        ExactSum left = new ExactSum();
        ExactSum right = new ExactSum();
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            whole.add(LineUnits.units(v), LineUnits.hugeOrNull(v));
            (i % 2 == 0 ? left : right).add(LineUnits.units(v), LineUnits.hugeOrNull(v));
        }
        right.merge(left);
        assertThat(right.value()).isEqualTo(whole.value());
    }

    @Test
    void overflowSpillsInsteadOfWrapping() {
        ExactSum sum = new ExactSum();
        sum.add(Long.MAX_VALUE, null);
        sum.add(1, null);
        assertThat(sum.value()).isEqualByComparingTo(new BigDecimal(Long.MAX_VALUE).add(BigDecimal.ONE).movePointLeft(8));
        assertThat(sum.isZero()).isFalse();
    }
}
