package io.partnerbill.jdbc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Races for tests: work on several threads released at once, each waited for within a bound. */
final class Race {

    /** What thread {@code thread} (0 to threads - 1) does once released. */
    interface Work<T> {
        T run(int thread) throws Exception;
    }

    private Race() {
    }

    /**
     * Runs {@code work} on {@code threads} threads of their own, released together by a barrier;
     * returns their results in thread order, and fails when one throws or outlasts {@code bound}.
     */
    static <T> List<T> run(int threads, Duration bound, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.run(thread);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(bound.toMillis(), TimeUnit.MILLISECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
