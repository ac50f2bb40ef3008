package io.partnerbill.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryTransactionTest {

    @Test
    void anInnerFailureCaughtByTheOuterTransactionUndoesOnlyTheInnerWrites() {
        BillingStore store = BillingStore.inMemory();
        store.inTransaction(outer -> {
            outer.lines().append(BillingFixtures.expenditure("O-1", 1, "1"));
            assertThatThrownBy(() -> outer.inTransaction(inner -> {
                inner.lines().append(BillingFixtures.expenditure("O-2", 1, "1"));
                throw new IllegalStateException("inner");
            })).hasMessage("inner");
            return null;
        });
        assertThat(store.lines().lines(BillingFixtures.PARTNER, BillingFixtures.CYCLE))
                .extracting(l -> l.orderId().value()).containsExactly("O-1");
    }

    @Test
    void concurrentTransactionsNeverInterleave() throws Exception {
        BillingStore store = BillingStore.inMemory();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    int n = i;
                    try {
                        store.inTransaction(s -> {
                            s.lines().append(BillingFixtures.expenditure("T" + thread + "-" + n + "a", 1, "1"));
                            if (n % 3 == 0) {
                                throw new IllegalStateException("refused");
                            }
                            s.lines().append(BillingFixtures.expenditure("T" + thread + "-" + n + "b", 1, "1"));
                            return null;
                        });
                    } catch (IllegalStateException expected) {
                        // every third transaction fails and must leave nothing
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // 4 threads x 500, a third refused (167 per thread): 333 x 2 lines per thread, always in pairs.
        List<String> ids = store.lines().lines(BillingFixtures.PARTNER, BillingFixtures.CYCLE).stream()
                .map(l -> l.orderId().value()).toList();
        assertThat(ids).hasSize(4 * 333 * 2);
        for (int i = 0; i < ids.size(); i += 2) {
            assertThat(ids.get(i + 1)).isEqualTo(ids.get(i).replaceAll("a$", "b"));
        }
    }
}
