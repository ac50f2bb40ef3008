package io.partnerbill.core.store;

import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.UnknownEntityException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rows of one kind kept by key, written inside the in-memory transaction: an insert that finds its
 * key taken, or an update that does not, is refused, and a rolled-back write is undone. Reads see
 * the rows in the map's order (insertion order for a {@code LinkedHashMap}, key order for a
 * {@code TreeMap}).
 *
 * <p>Thread-safe through the transaction's lock.
 *
 * @param <K> the key
 * @param <V> the row
 */
final class MemoryTable<K, V> {

    private final MemoryTx tx;
    private final Map<K, V> rows;
    private final Function<? super V, ? extends K> key;

    MemoryTable(MemoryTx tx, Map<K, V> rows, Function<? super V, ? extends K> key) {
        this.tx = tx;
        this.rows = rows;
        this.key = key;
    }

    /** Adds a row, refusing a taken key with {@code taken} applied to the row already there. */
    void insert(V row, Function<? super V, String> taken) {
        K k = key.apply(Objects.requireNonNull(row, "row"));
        tx.locked(() -> {
            V existing = rows.get(k);
            if (existing != null) {
                throw new DuplicateKeyException(taken.apply(existing));
            }
            rows.put(k, row);
            tx.onRollback(() -> rows.remove(k));
        });
    }

    /** Replaces the row of the same key, refusing an unknown key with {@code unknown} applied to the row. */
    void update(V row, Function<? super V, String> unknown) {
        K k = key.apply(Objects.requireNonNull(row, "row"));
        tx.locked(() -> {
            V old = rows.get(k);
            if (old == null) {
                throw new UnknownEntityException(unknown.apply(row));
            }
            rows.put(k, row);
            tx.onRollback(() -> rows.put(k, old));
        });
    }

    /** Adds or replaces the row of its key. */
    void put(V row) {
        K k = key.apply(Objects.requireNonNull(row, "row"));
        tx.locked(() -> {
            V old = rows.put(k, row);
            tx.onRollback(() -> {
                if (old == null) {
                    rows.remove(k);
                } else {
                    rows.put(k, old);
                }
            });
        });
    }

    Optional<V> find(K k) {
        return tx.locked(() -> Optional.ofNullable(rows.get(k)));
    }

    /** The rows that match, in the map's order. */
    List<V> where(Predicate<? super V> test) {
        return tx.locked(() -> rows.values().stream().filter(test).toList());
    }

    List<V> all() {
        return tx.locked(() -> List.copyOf(rows.values()));
    }
}
