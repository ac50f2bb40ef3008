package io.partnerbill.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Rows that are only ever appended (payment applications, credit entries), in the order written;
 * a rolled-back append is taken off again. Thread-safe through the transaction's lock.
 *
 * @param <V> the row
 */
final class MemoryLog<V> {

    private final MemoryTx tx;
    private final List<V> rows = new ArrayList<>();

    MemoryLog(MemoryTx tx) {
        this.tx = tx;
    }

    void append(V row) {
        Objects.requireNonNull(row, "row");
        tx.locked(() -> {
            rows.add(row);
            tx.onRollback(() -> rows.remove(rows.size() - 1));
        });
    }

    /** The rows that match, in the order written. */
    List<V> where(Predicate<? super V> test) {
        return tx.locked(() -> rows.stream().filter(test).toList());
    }
}
