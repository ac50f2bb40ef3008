package io.partnerbill.testkit;

import io.partnerbill.core.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that tests move by hand, to step a {@code PartnerBilling} through issue instants, or
 * that moves a fixed step at every reading ({@link #stepping}).
 *
 * <p>This class is thread-safe: the instant is volatile, and a reading and its step are one
 * synchronized update.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final Duration step;

    /**
     * Creates a clock at an instant.
     *
     * @param now the first instant, not null
     */
    public MutableClock(Instant now) {
        this(now, Duration.ZERO);
    }

    private MutableClock(Instant now, Duration step) {
        this.now = Objects.requireNonNull(now, "now");
        this.step = step;
    }

    /**
     * Creates a clock that moves {@code step} forward at every reading, so that two readings
     * never see the same instant: the first reading is {@code start + step}.
     *
     * @param start the instant before the first reading, not null
     * @param step how far each reading moves the clock, positive, not null
     * @return the clock, not null
     * @throws InvalidValueException if the step is zero or negative
     */
    public static MutableClock stepping(Instant start, Duration step) {
        Objects.requireNonNull(step, "step");
        if (step.isZero() || step.isNegative()) {
            throw new InvalidValueException("A stepping clock's step must be positive, was '" + step + "'");
        }
        return new MutableClock(start, step);
    }

    /**
     * Moves the clock.
     *
     * @param instant the new instant, not null
     */
    public synchronized void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
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
        if (step.isZero()) {
            return now;
        }
        synchronized (this) {
            now = now.plus(step);
            return now;
        }
    }
}
