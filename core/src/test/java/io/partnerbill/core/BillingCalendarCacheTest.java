package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link BillingCalendar} keeps the last cycle's bounds; its answers must equal the plain
 * computation in the zone for every instant, also around cycle bounds in zones with DST and
 * with transitions at midnight (Sao Paulo, Havana, Santiago, Lord Howe's half hour).
 */
class BillingCalendarCacheTest {

    private static final List<String> ZONES = List.of("Asia/Shanghai", "America/New_York", "Europe/London",
            "America/Sao_Paulo", "America/Havana", "America/Santiago", "Australia/Lord_Howe", "Pacific/Apia",
            "Europe/Moscow", "Asia/Tehran", "UTC", "America/St_Johns", "America/Phoenix", "Africa/Cairo");
    // One calendar per zone for all tries, so the cache moves between cycles as orders would.
    private static final Map<String, BillingCalendar> CALENDARS = new ConcurrentHashMap<>();

    private static BillCycle plainCycleOf(ZoneId zone, Instant instant) {
        return BillCycle.of(YearMonth.from(instant.atZone(zone)));
    }

    private static boolean plainContains(BillingCalendar calendar, BillCycle cycle, Instant instant) {
        Instant start = cycle.month().atDay(1).atStartOfDay(calendar.zone()).toInstant();
        Instant end = cycle.next().month().atDay(1).atStartOfDay(calendar.zone()).toInstant();
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    record Probe(String zone, YearMonth month, long secondsFromBound, int nanos, boolean nearEnd) {
        Instant instant() {
            ZoneId id = ZoneId.of(zone);
            YearMonth bound = nearEnd ? month.plusMonths(1) : month;
            return bound.atDay(1).atStartOfDay(id).toInstant().plusSeconds(secondsFromBound).plusNanos(nanos);
        }
    }

    @Provide
    Arbitrary<List<Probe>> probes() {
        Arbitrary<Probe> one = Combinators.combine(Arbitraries.of(ZONES),
                Arbitraries.integers().between(1900 * 12, 2100 * 12).map(m -> YearMonth.of(m / 12, m % 12 + 1)),
                Arbitraries.oneOf(Arbitraries.longs().between(-7200, 7200), Arbitraries.longs().between(-3 * 86400, 3 * 86400),
                        Arbitraries.of(-1L, 0L, 1L, -3600L, 3600L, -1800L, 1800L)),
                Arbitraries.oneOf(Arbitraries.integers().between(0, 999_999_999), Arbitraries.of(0, 999_999_999)),
                Arbitraries.of(true, false)).as(Probe::new);
        return one.list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 2000)
    void cycleOfAndContains_equalThePlainComputation(@ForAll("probes") List<Probe> probes) {
        for (Probe p : probes) {
            BillingCalendar calendar = CALENDARS.computeIfAbsent(p.zone(), z -> BillingCalendar.of(ZoneId.of(z)));
            Instant instant = p.instant();
            BillCycle expected = plainCycleOf(calendar.zone(), instant);
            assertThat(calendar.cycleOf(instant)).as("%s in %s", instant, p.zone()).isEqualTo(expected);
            for (BillCycle c : List.of(expected, expected.previous(), expected.next(), BillCycle.of(p.month()))) {
                assertThat(calendar.contains(c, instant)).as("%s in %s of %s", c, p.zone(), instant)
                        .isEqualTo(plainContains(calendar, c, instant));
            }
            // Again after contains() moved the cache to another cycle.
            assertThat(calendar.cycleOf(instant)).isEqualTo(expected);
        }
    }

    @Test
    void overlapAcrossAMonthStart_stJohns() {
        // 2009-11-01 00:01 in St. John's went back to 2009-10-31 23:01: the month's start
        // (00:00 at -02:30, 02:30Z) comes before instants whose local date is still October.
        BillingCalendar calendar = BillingCalendar.of(ZoneId.of("America/St_Johns"));
        BillCycle october = BillCycle.of(2009, 10);
        BillCycle november = BillCycle.of(2009, 11);
        assertThat(calendar.cycleOf(Instant.parse("2009-11-01T02:30:30Z"))).isEqualTo(november);
        // November's bounds are cached now, but its offset changes inside them.
        assertThat(calendar.cycleOf(Instant.parse("2009-11-01T02:45:00Z"))).isEqualTo(october);
        assertThat(calendar.cycleOf(Instant.parse("2009-11-01T03:31:00Z"))).isEqualTo(november);
        // contains() keeps its definition, start <= instant < end, for the same instant.
        assertThat(calendar.contains(november, Instant.parse("2009-11-01T02:45:00Z"))).isTrue();
        assertThat(calendar.contains(october, Instant.parse("2009-11-01T02:45:00Z"))).isFalse();
    }

    @Test
    void midnightTransition_saoPaulo() {
        // 2018-11-04 00:00 did not exist in Sao Paulo (clocks went to 01:00); 2019-02-17 00:00
        // came twice (23:00 -> back from 00:00). Neither is a month bound, but the cache must
        // still see both months as having two offsets and answer as the zone does.
        BillingCalendar sp = BillingCalendar.of(ZoneId.of("America/Sao_Paulo"));
        Instant gapEnd = Instant.parse("2018-11-04T03:00:00Z");
        assertThat(sp.cycleOf(gapEnd.minusNanos(1))).isEqualTo(BillCycle.of(2018, 11));
        assertThat(sp.cycleOf(gapEnd)).isEqualTo(BillCycle.of(2018, 11));
        assertThat(sp.cycleOf(Instant.parse("2018-11-01T02:59:59Z"))).isEqualTo(BillCycle.of(2018, 10));
        assertThat(sp.cycleOf(Instant.parse("2018-11-01T03:00:00Z"))).isEqualTo(BillCycle.of(2018, 11));
        assertThat(sp.contains(BillCycle.of(2018, 11), Instant.parse("2018-11-01T03:00:00Z"))).isTrue();
        assertThat(sp.contains(BillCycle.of(2018, 11), Instant.parse("2018-11-01T02:59:59.999999999Z"))).isFalse();
    }
}
