package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidityPeriodTest {

    private static final Instant JAN = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2024-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2024-03-01T00:00:00Z");

    static Stream<Arguments> memberships() {
        return Stream.of(
                // the start is in, the end is out; one nanosecond on either side decides
                Arguments.of("2023-12-31T23:59:59.999999999Z", false),
                Arguments.of("2024-01-01T00:00:00Z", true),
                Arguments.of("2024-01-15T12:00:00Z", true),
                Arguments.of("2024-01-31T23:59:59.999999999Z", true),
                Arguments.of("2024-02-01T00:00:00Z", false),
                Arguments.of("2024-02-01T00:00:00.000000001Z", false));
    }

    @ParameterizedTest
    @MethodSource("memberships")
    void contains_startInEndOut(String at, boolean expected) {
        assertThat(ValidityPeriod.of(JAN, FEB).contains(Instant.parse(at))).isEqualTo(expected);
    }

    static Stream<Arguments> overlapsTable() {
        return Stream.of(
                // touching periods do not overlap: [Jan, Feb) and [Feb, Mar) share no instant
                Arguments.of(JAN, FEB, FEB, MAR, false),
                Arguments.of(JAN, FEB.plusNanos(1), FEB, MAR, true),
                Arguments.of(JAN, MAR, FEB, FEB.plusSeconds(1), true),
                Arguments.of(JAN, FEB, JAN, FEB, true),
                Arguments.of(FEB, MAR, JAN, FEB, false));
    }

    @ParameterizedTest
    @MethodSource("overlapsTable")
    void overlaps_whenSomeInstantIsInBoth(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd, boolean expected) {
        ValidityPeriod a = ValidityPeriod.of(aStart, aEnd);
        ValidityPeriod b = ValidityPeriod.of(bStart, bEnd);
        assertThat(a.overlaps(b)).isEqualTo(expected);
        assertThat(b.overlaps(a)).isEqualTo(expected);
    }

    @Test
    void of_refusesAnEmptyOrInvertedPeriod() {
        assertThatThrownBy(() -> ValidityPeriod.of(FEB, FEB))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Validity period must end after it starts, was '[2024-02-01T00:00:00Z, 2024-02-01T00:00:00Z)'");
        assertThatThrownBy(() -> ValidityPeriod.of(FEB, JAN))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Validity period must end after it starts, was '[2024-02-01T00:00:00Z, 2024-01-01T00:00:00Z)'");
    }

    @Test
    void of_refusesNull() {
        assertThatThrownBy(() -> ValidityPeriod.of(null, FEB)).isInstanceOf(NullPointerException.class).hasMessage("start");
        assertThatThrownBy(() -> ValidityPeriod.of(JAN, null)).isInstanceOf(NullPointerException.class).hasMessage("end");
    }

    @Test
    void toString_isCanonical() {
        assertThat(ValidityPeriod.of(JAN, FEB.plusNanos(5)))
                .hasToString("[2024-01-01T00:00:00Z, 2024-02-01T00:00:00.000000005Z)");
    }

    static Stream<Arguments> badTexts() {
        return Stream.of(
                Arguments.of("2024-01-01T00:00:00Z, 2024-02-01T00:00:00Z",
                        "Validity period must be '[start, end)', was '2024-01-01T00:00:00Z, 2024-02-01T00:00:00Z'"),
                Arguments.of("[2024-01-01T00:00:00Z, 2024-02-01T00:00:00Z]",
                        "Validity period must be '[start, end)', was '[2024-01-01T00:00:00Z, 2024-02-01T00:00:00Z]'"),
                Arguments.of("[2024-01-01, 2024-02-01)",
                        "Validity period must be '[start, end)' with ISO-8601 instants, was '[2024-01-01, 2024-02-01)'"),
                Arguments.of("[2024-02-01T00:00:00Z, 2024-01-01T00:00:00Z)",
                        "Validity period must end after it starts, was '[2024-02-01T00:00:00Z, 2024-01-01T00:00:00Z)'"));
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void parse_refusesWithTheText(String text, String message) {
        assertThatThrownBy(() -> ValidityPeriod.parse(text)).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Provide
    Arbitrary<ValidityPeriod> periods() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(-2_000_000_000L, 5_000_000_000L);
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        Arbitrary<Long> lengths = Arbitraries.oneOf(Arbitraries.just(1L), Arbitraries.longs().between(1, 100_000_000_000_000L));
        return Combinators.combine(seconds, nanos, lengths).as((s, n, len) -> {
            Instant start = Instant.ofEpochSecond(s, n);
            return ValidityPeriod.of(start, start.plusNanos(len));
        });
    }

    @Property(tries = 500)
    void parse_readsToStringBack(@ForAll("periods") ValidityPeriod period) {
        ValidityPeriod back = ValidityPeriod.parse(period.toString());
        assertThat(back).isEqualTo(period);
        assertThat(back.hashCode()).isEqualTo(period.hashCode());
    }

    @Property(tries = 500)
    void contains_agreesWithTheComparisons(@ForAll("periods") ValidityPeriod period, @ForAll long offsetNanos) {
        // instants near both ends, and anywhere
        for (Instant at : new Instant[] {period.start().minusNanos(1), period.start(), period.end().minusNanos(1),
                period.end(), period.start().plusNanos(offsetNanos % 10_000_000_000L)}) {
            boolean expected = at.compareTo(period.start()) >= 0 && at.compareTo(period.end()) < 0;
            assertThat(period.contains(at)).as("%s in %s", at, period).isEqualTo(expected);
        }
    }
}
