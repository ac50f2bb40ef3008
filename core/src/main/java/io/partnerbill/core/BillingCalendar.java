package io.partnerbill.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When cycles begin and end, and when their bills are issued.
 *
 * <p>A cycle is a calendar month in the billing zone (Asia/Shanghai by default), as the
 * half-open range {@code [first day 00:00, first day of next month 00:00)}. The bill of a
 * cycle is issued at its <em>issue instant</em>: the 5th day of the next month at 12:00 in
 * the billing zone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillingCalendar {

    /** The operator's billing zone: Beijing time. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final int ISSUE_DAY = 5;
    private static final LocalTime ISSUE_TIME = LocalTime.NOON;

    private final ZoneId zone;
    // The last cycle whose bounds were needed: orders come in time order, so nearly every
    // lookup hits it and skips the zone's date arithmetic. Racy on purpose: Bounds is
    // immutable (final fields), so a thread sees either null or a complete Bounds.
    private @Nullable Bounds last;

    /** A cycle's {@code [start, end)}; {@code oneOffset} if the zone's offset is the same all through it. */
    private record Bounds(BillCycle cycle, Instant start, Instant end, boolean oneOffset) {
        boolean holds(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    private BillingCalendar(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Returns the operator's calendar, in Beijing time.
     *
     * @return the calendar, not null
     */
    public static BillingCalendar beijing() {
        return new BillingCalendar(BEIJING);
    }

    /**
     * Returns a calendar in another billing zone.
     *
     * @param zone the billing zone, not null
     * @return the calendar, not null
     */
    public static BillingCalendar of(ZoneId zone) {
        return new BillingCalendar(Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Returns the billing zone.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the cycle an instant falls in.
     *
     * @param instant the instant, not null
     * @return the cycle, not null
     */
    public BillCycle cycleOf(Instant instant) {
        Bounds b = last;
        // With one offset all through [start, end), local time rises with the instant from the
        // cycle's first day to before the next cycle's, so every instant in it is in the cycle.
        if (b != null && b.oneOffset() && b.holds(instant)) {
            return b.cycle();
        }
        BillCycle cycle = BillCycle.of(YearMonth.from(instant.atZone(zone)));
        bounds(cycle);
        return cycle;
    }

    private Bounds bounds(BillCycle cycle) {
        Bounds b = last;
        if (b != null && b.cycle().equals(cycle)) {
            return b;
        }
        Instant start = start(cycle);
        Instant end = end(cycle);
        ZoneOffsetTransition next = zone.getRules().nextTransition(start);
        b = new Bounds(cycle, start, end, next == null || !next.getInstant().isBefore(end));
        last = b;
        return b;
    }

    /**
     * Returns the first instant of a cycle (inclusive).
     *
     * @param cycle the cycle, not null
     * @return the start, not null
     */
    public Instant start(BillCycle cycle) {
        return cycle.month().atDay(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the end of a cycle (exclusive): the start of the next cycle.
     *
     * @param cycle the cycle, not null
     * @return the end, not null
     */
    public Instant end(BillCycle cycle) {
        return start(cycle.next());
    }

    /**
     * Returns whether an instant lies in a cycle.
     *
     * @param cycle the cycle, not null
     * @param instant the instant, not null
     * @return true if {@code start <= instant < end}
     */
    public boolean contains(BillCycle cycle, Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return bounds(Objects.requireNonNull(cycle, "cycle")).holds(instant);
    }

    /**
     * Returns when a cycle's bill is issued: the 5th of the next month, 12:00 in the billing zone.
     *
     * @param cycle the cycle, not null
     * @return the issue instant, not null
     */
    public Instant issueInstant(BillCycle cycle) {
        return cycle.next().month().atDay(ISSUE_DAY).atTime(ISSUE_TIME).atZone(zone).toInstant();
    }

    /**
     * Returns whether a cycle's bill may be issued at an instant (at or after its issue instant).
     *
     * @param cycle the cycle, not null
     * @param instant the instant, not null
     * @return true if the bill is due to be issued
     */
    public boolean isIssuable(BillCycle cycle, Instant instant) {
        return !instant.isBefore(issueInstant(cycle));
    }

    /**
     * Returns the end (exclusive) of a day in the billing zone: an estimate "as of" that day
     * counts the lines before this instant.
     *
     * @param day the day, not null
     * @return the start of the next day, not null
     */
    public Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BillingCalendar other && other.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Override
    public String toString() {
        return "BillingCalendar[" + zone + ", issue day " + ISSUE_DAY + " " + ISSUE_TIME + "]";
    }
}
