package io.partnerbill.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MutableClockTest {

    private static final Instant START = Instant.parse("2024-02-05T04:00:00Z");

    @Test
    void aSetClock_readsTheSameInstantUntilMoved() {
        MutableClock clock = new MutableClock(START);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.instant()).isEqualTo(START);
        clock.set(Instant.parse("2024-03-05T04:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-03-05T04:00:00Z"));
    }

    @Test
    void aSteppingClock_movesOneStepAtEveryReading() {
        MutableClock clock = MutableClock.stepping(START, Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-02-05T04:00:01Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-02-05T04:00:02Z"));
        clock.set(Instant.parse("2024-02-06T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-02-06T00:00:01Z"));
    }

    /** 4 threads × 2,000 readings, repeated 5 times: every reading is a distinct instant. */
    @Test
    void aSteppingClock_neverGivesTwoReadersTheSameInstant() throws Exception {
        int threads = 4;
        int readings = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 5; round++) {
                MutableClock clock = MutableClock.stepping(START, Duration.ofMillis(1));
                Set<Instant> seen = ConcurrentHashMap.newKeySet();
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < readings; i++) {
                            seen.add(clock.instant());
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
                assertThat(seen).hasSize(threads * readings);
                assertThat(clock.instant()).isEqualTo(START.plusMillis(threads * readings + 1L));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT-1S"})
    void aSteppingClock_refusesAStepThatDoesNotMoveForward(String step) {
        assertThatThrownBy(() -> MutableClock.stepping(START, Duration.parse(step)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("A stepping clock's step must be positive, was '" + step + "'");
    }
}
