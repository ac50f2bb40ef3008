package io.partnerbill.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests move by hand, to step a {@code PartnerBilling} through issue instants.
 *
 * <p>This class is thread-safe: the instant is volatile.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;


    /**
     * Creates a clock at an instant.
     *
     * @param now the first instant, not null
     */
    public MutableClock(Instant now) {
        this.now = now;
    }

    /**
     * Moves the clock.
     *
     * @param instant the new instant, not null
     */
    public void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
