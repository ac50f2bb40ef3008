package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BillingCalendarTest {

    private static final BillingCalendar BEIJING = BillingCalendar.beijing();
    private static final BillCycle JANUARY = BillCycle.of(2024, 1);

    @Test
    void issueInstant_isTheFifthAtNoonBeijingTime() {
        // 2024-02-05 12:00 in Beijing (UTC+8) is 04:00 UTC.
        assertThat(BEIJING.issueInstant(JANUARY)).isEqualTo(Instant.parse("2024-02-05T04:00:00Z"));
        // December's bill is issued in January of the next year.
        assertThat(BEIJING.issueInstant(BillCycle.of(2023, 12))).isEqualTo(Instant.parse("2024-01-05T04:00:00Z"));
    }

    static Stream<Arguments> aroundIssue() {
        return Stream.of(
                Arguments.of("2024-02-05T03:59:59Z", false), // 11:59:59 Beijing
                Arguments.of("2024-02-05T03:59:59.999999999Z", false),
                Arguments.of("2024-02-05T04:00:00Z", true), // 12:00:00 Beijing
                Arguments.of("2024-02-05T04:00:01Z", true),
                Arguments.of("2024-02-04T20:00:00Z", false)); // 2024-02-05 04:00 Beijing, same calendar day
    }

    @ParameterizedTest
    @MethodSource("aroundIssue")
    void isIssuable_aroundTheIssueInstant(String at, boolean expected) {
        assertThat(BEIJING.isIssuable(JANUARY, Instant.parse(at))).isEqualTo(expected);
    }

    static Stream<Arguments> cycleEdges() {
        return Stream.of(
                Arguments.of("2023-12-31T16:00:00Z", "2024-01"), // first second of January in Beijing
                Arguments.of("2023-12-31T15:59:59Z", "2023-12"),
                Arguments.of("2024-01-31T15:59:59Z", "2024-01"), // last second of January in Beijing
                Arguments.of("2024-01-31T16:00:00Z", "2024-02"));
    }

    @ParameterizedTest
    @MethodSource("cycleEdges")
    void cycleOf_followsBeijingMidnight(String at, String cycle) {
        assertThat(BEIJING.cycleOf(Instant.parse(at))).hasToString(cycle);
        assertThat(BEIJING.contains(BillCycle.parse(cycle), Instant.parse(at))).isTrue();
    }

    @Test
    void startAndEndAreHalfOpen() {
        assertThat(BEIJING.start(JANUARY)).isEqualTo(Instant.parse("2023-12-31T16:00:00Z"));
        assertThat(BEIJING.end(JANUARY)).isEqualTo(Instant.parse("2024-01-31T16:00:00Z"));
        assertThat(BEIJING.contains(JANUARY, BEIJING.end(JANUARY))).isFalse();
    }

    @Test
    void endOfDay_isTheNextMidnightInTheZone() {
        assertThat(BEIJING.endOfDay(LocalDate.of(2024, 1, 15))).isEqualTo(Instant.parse("2024-01-15T16:00:00Z"));
        assertThat(BillingCalendar.of(ZoneOffset.UTC).endOfDay(LocalDate.of(2024, 1, 15)))
                .isEqualTo(Instant.parse("2024-01-16T00:00:00Z"));
    }
}
