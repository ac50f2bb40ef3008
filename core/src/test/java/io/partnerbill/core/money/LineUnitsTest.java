package io.partnerbill.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.discount.DiscountRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The long paths of settlement and scale-8 units against plain BigDecimal arithmetic. */
class LineUnitsTest {

    /** The obviously correct settlement: list × (100 − percent off) / 100, HALF_UP to 8 decimals. */
    private static BigDecimal reference(BigDecimal list, DiscountRate rate) {
        return list.multiply(new BigDecimal(100).subtract(rate.percentOff())).divide(new BigDecimal(100))
                .setScale(8, RoundingMode.HALF_UP);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(
                // 0.00000001 and its neighbours, where a tie or a lost unit shows first.
                Arbitraries.longs().between(-1_000, 1_000).map(u -> BigDecimal.valueOf(u, 8)),
                // Around the fast path's edge (6 integer digits) on both sides, both signs.
                Arbitraries.bigDecimals().between(new BigDecimal("-2000000"), new BigDecimal("2000000")).ofScale(8),
                Arbitraries.bigDecimals().between(new BigDecimal("-999999.99999999"), new BigDecimal("999999.99999999"))
                        .ofScale(8),
                // Other scales (shorter, and over 8: the policy still rounds those).
                Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("-10"), new BigDecimal("10")).ofScale(12),
                // Past the long range of units.
                Arbitraries.bigDecimals().between(new BigDecimal("-1e30"), new BigDecimal("1e30")).ofScale(8),
                Arbitraries.longs().map(u -> BigDecimal.valueOf(u, 8)));
    }

    @Provide
    Arbitrary<DiscountRate> rates() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 9_999),
                Arbitraries.of(0, 1, 5_000, 2_500, 7_500, 9_999, 1_234))
                .map(h -> DiscountRate.ofPercentOff(BigDecimal.valueOf(h, 2)));
    }

    @Property(tries = 3000)
    void settlement_equalsTheBigDecimalReference(@ForAll("amounts") BigDecimal list, @ForAll("rates") DiscountRate rate) {
        BigDecimal fast = rate.settlement(list, Monetary.getCurrency("USD"), RoundingPolicy.LINE);
        assertThat(fast).isEqualTo(reference(list, rate));
        assertThat(fast.scale()).isEqualTo(8);
    }

    @Property(tries = 2000)
    void refundSettlement_isTheNegatedSettlement(@ForAll("amounts") BigDecimal list, @ForAll("rates") DiscountRate rate) {
        BigDecimal usd = rate.settlement(list.negate(), Monetary.getCurrency("USD"), RoundingPolicy.LINE);
        assertThat(usd).isEqualTo(rate.settlement(list, Monetary.getCurrency("USD"), RoundingPolicy.LINE).negate());
    }

    @Property(tries = 3000)
    void unitsAndHuge_holdTheExactValue(@ForAll("amounts") BigDecimal any) {
        BigDecimal scale8 = any.setScale(8, RoundingMode.DOWN);
        boolean fits = scale8.unscaledValue().bitLength() < 64;
        assertThat(LineUnits.fitsUnits(scale8)).isEqualTo(fits);
        BigDecimal back = LineUnits.hugeOrNull(scale8) != null ? LineUnits.hugeOrNull(scale8)
                : BigDecimal.valueOf(LineUnits.units(scale8), 8);
        assertThat(back).isEqualTo(scale8);
        assertThat(LineUnits.units(scale8)).isEqualTo(fits ? scale8.unscaledValue().longValueExact() : 0L);
    }

    static Stream<Arguments> handWorked() {
        return Stream.of(
                // list, percent off, settlement
                Arguments.of("0.00000001", "50.00", "0.00000001"), // 0.000000005 rounds up (tie away from zero)
                Arguments.of("-0.00000001", "50.00", "-0.00000001"), // a refund's tie rounds away from zero too
                Arguments.of("0.00000001", "50.01", "0.00000000"), // 0.000000004999
                Arguments.of("0.00000003", "50.00", "0.00000002"), // 0.000000015
                Arguments.of("10.00", "12.50", "8.75000000"),
                Arguments.of("0.00", "99.99", "0.00000000"),
                Arguments.of("999999.99999999", "0.01", "999899.99999999"), // 999899.999999990001 rounds down
                Arguments.of("1000000.00000001", "33.33", "666700.00000001"), // past the fast path: BigDecimal
                Arguments.of("123456789012345678901.5", "10.00", "111111110111111111011.35000000"));
    }

    @ParameterizedTest
    @MethodSource("handWorked")
    void settlement_handWorkedCases(String list, String percentOff, String settlement) {
        BigDecimal value = DiscountRate.ofPercentOff(percentOff)
                .settlement(new BigDecimal(list), Monetary.getCurrency("USD"), RoundingPolicy.LINE);
        assertThat(value).isEqualTo(new BigDecimal(settlement));
    }

    @org.junit.jupiter.api.Test
    void settlement_otherPoliciesStillRoundTheirWay() {
        // Only LINE (HALF_UP to 8) takes the long path; a bill-total policy rounds to cents.
        DiscountRate rate = DiscountRate.ofPercentOff("50.00");
        assertThat(rate.settlement(new BigDecimal("0.01"), Monetary.getCurrency("USD"), RoundingPolicy.BILL_TOTAL))
                .isEqualTo(new BigDecimal("0.01"));
        assertThat(rate.settlement(new BigDecimal("0.01"), Monetary.getCurrency("USD"),
                RoundingPolicy.ofScale(8, RoundingMode.HALF_EVEN))).isEqualTo(new BigDecimal("0.00500000"));
        assertThat(rate.settlement(new BigDecimal("0.00000001"), Monetary.getCurrency("USD"),
                RoundingPolicy.ofScale(8, RoundingMode.HALF_EVEN))).isEqualTo(new BigDecimal("0E-8"));
    }
}
