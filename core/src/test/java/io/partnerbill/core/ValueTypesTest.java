package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Identifiers, cycles and rounding policies: validation and {@code parse(toString())} round-trips. */
class ValueTypesTest {

    // --- identifiers

    static Stream<Function<String, Identifier>> idFactories() {
        return Stream.of(PartnerId::parse, CustomerId::parse, ProductId::parse, DiscountId::parse, OrderId::parse,
                BillId::parse);
    }

    @Provide
    Arbitrary<String> idTexts() {
        return Arbitraries.strings().withCharRange('!', '~').withChars('é', '中', ' ').ofMinLength(1).ofMaxLength(128)
                .filter(s -> s.strip().equals(s));
    }

    @Property
    void identifiersRoundTrip(@ForAll("idTexts") String text) {
        idFactories().forEach(factory -> {
            Identifier id = factory.apply(text);
            assertThat(factory.apply(id.toString())).isEqualTo(id);
            assertThat(id.value()).isEqualTo(text);
        });
    }

    static Stream<Arguments> badIds() {
        return Stream.of(
                Arguments.of("", "PartnerId must not be blank, was ''"),
                Arguments.of("   ", "PartnerId must not be blank, was '   '"),
                Arguments.of(" P-1", "PartnerId must not start or end with white space, was ' P-1'"),
                Arguments.of("P-1\n", "PartnerId must not start or end with white space, was 'P-1\n'"),
                Arguments.of("P\u00071", "PartnerId must not contain control characters, was 'P?1'"),
                Arguments.of("x".repeat(129), "PartnerId must be at most 128 characters, was 129 ('xxxxxxxxxxxxxxxxxxxx...')"));
    }

    @ParameterizedTest
    @MethodSource("badIds")
    void identifiers_refuseBadText(String text, String message) {
        assertThatThrownBy(() -> PartnerId.of(text)).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void identifiersOfDifferentKindsAreNeverEqual() {
        assertThat((Object) PartnerId.of("X")).isNotEqualTo(CustomerId.of("X"));
        assertThat(PartnerId.of("X")).isEqualTo(PartnerId.of("X")).hasSameHashCodeAs(PartnerId.of("X"));
    }

    // --- bill cycles

    @Provide
    Arbitrary<BillCycle> cycles() {
        return Arbitraries.integers().between(2, 9998).flatMap(y -> Arbitraries.integers().between(1, 12)
                .map(m -> BillCycle.of(y, m)));
    }

    @Property
    void billCyclesRoundTrip(@ForAll("cycles") BillCycle cycle) {
        assertThat(BillCycle.parse(cycle.toString())).isEqualTo(cycle);
        assertThat(cycle.next().previous()).isEqualTo(cycle);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-1 | Bill cycle must look like 'YYYY-MM', was '2024-1'
            2024/01 | Bill cycle must look like 'YYYY-MM', was '2024/01'
            2024-13 | Bill cycle must be a real month, was '2024-13'
            0000-01 | Bill cycle year must be 0001 to 9999, was '0000-01'
            """)
    void billCycle_refusesBadText(String text, String message) {
        assertThatThrownBy(() -> BillCycle.parse(text)).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void billCycle_ordersAndSteps() {
        assertThat(BillCycle.parse("2024-12").next()).hasToString("2025-01");
        assertThat(BillCycle.parse("2024-01").previous()).hasToString("2023-12");
        assertThat(BillCycle.parse("2023-12").isBefore(BillCycle.parse("2024-01"))).isTrue();
        assertThatThrownBy(() -> BillCycle.of(2024, 0)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Bill cycle month must be 1 to 12, was '0'");
    }

    // --- rounding policies

    @Provide
    Arbitrary<RoundingPolicy> policies() {
        Arbitrary<RoundingMode> modes = Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
        return Arbitraries.oneOf(modes.map(RoundingPolicy::ofCurrencyScale),
                Arbitraries.integers().between(0, 18).flatMap(s -> modes.map(m -> RoundingPolicy.ofScale(s, m))));
    }

    @Property
    void roundingPoliciesRoundTrip(@ForAll("policies") RoundingPolicy policy) {
        assertThat(RoundingPolicy.parse(policy.toString())).isEqualTo(policy);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # USD and EUR have 2 fraction digits, JPY 0, BHD 3.
            USD | 12.345 | 12.35
            EUR | -0.005 | -0.01
            JPY | 1234.5 | 1235
            BHD | 1.23450 | 1.235
            """)
    void billTotal_roundsHalfUpToTheCurrency(String currency, String value, String expected) {
        assertThat(RoundingPolicy.BILL_TOTAL.round(new java.math.BigDecimal(value), Monetary.getCurrency(currency)))
                .isEqualByComparingTo(new java.math.BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            HALF_UP | Rounding policy must look like 'HALF_UP@currency' or 'HALF_UP@2', was 'HALF_UP'
            SIDEWAYS@2 | Unknown rounding mode in 'SIDEWAYS@2'
            HALF_UP@cent | Rounding scale must be a number or 'currency', was 'HALF_UP@cent'
            HALF_UP@19 | Rounding scale must be 0 to 18, was '19'
            UNNECESSARY@2 | Rounding mode must round, was 'UNNECESSARY'
            """)
    void roundingPolicy_refusesBadText(String text, String message) {
        assertThatThrownBy(() -> RoundingPolicy.parse(text)).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }
}
