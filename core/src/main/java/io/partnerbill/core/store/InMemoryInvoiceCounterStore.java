package io.partnerbill.core.store;

import io.partnerbill.core.Issuer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Counters in a map, under the store's one lock; a rolled-back transaction takes its number back. */
final class InMemoryInvoiceCounterStore implements InvoiceCounterStore {

    private final MemoryTx tx;
    // Guarded by tx's lock.
    private final Map<String, Long> counters = new HashMap<>();

    InMemoryInvoiceCounterStore(MemoryTx tx) {
        this.tx = tx;
    }

    @Override
    public long next(Issuer issuer, String counter) {
        String key = Objects.requireNonNull(issuer, "issuer") + "\n" + Objects.requireNonNull(counter, "counter");
        return tx.locked(() -> {
            long next = counters.getOrDefault(key, 0L) + 1;
            counters.put(key, next);
            tx.onRollback(() -> counters.put(key, next - 1));
            return next;
        });
    }
}
