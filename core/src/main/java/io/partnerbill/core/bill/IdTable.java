package io.partnerbill.core.bill;

import io.partnerbill.core.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * Identifiers to numbered slots of one flat {@link Sums}, by open addressing with linear
 * probing: finding a line's cell touches the identifier (its cached hash), one key slot and
 * the sums, instead of a hash map's node, a cell object and the cell's array. Keys are
 * compared by identity first, then by {@code equals}.
 *
 * <p>Not thread-safe.
 */
final class IdTable {

    private final int width;
    private @Nullable Identifier[] keys = new Identifier[64];
    private int size;
    /** Slot {@code s}'s sums are {@code sums[s * width]} to {@code sums[s * width + width - 1]}. */
    Sums sums;

    IdTable(int width) {
        this.width = width;
        this.sums = new Sums(keys.length * width);
    }

    /** Returns the key's slot, giving it one if it is new (which may move every slot). */
    @SuppressWarnings("ReferenceEquality") // identity first, equals() right after: a fast path, not the test
    int slot(Identifier key) {
        @Nullable Identifier[] ks = keys;
        int mask = ks.length - 1;
        int h = key.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (true) {
            Identifier k = ks[i];
            if (k == key) {
                return i;
            }
            if (k == null) {
                return insert(key, i);
            }
            if (k.equals(key)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private int insert(Identifier key, int free) {
        if (3 * (size + 1) > 2 * keys.length) { // keep the table at most two thirds full
            grow();
            return slot(key);
        }
        keys[free] = key;
        size++;
        return free;
    }

    private void grow() {
        @Nullable Identifier[] old = keys;
        Sums oldSums = sums;
        keys = new Identifier[2 * old.length];
        sums = new Sums(keys.length * width);
        size = 0;
        for (int s = 0; s < old.length; s++) {
            Identifier key = old[s];
            if (key != null) {
                int moved = slot(key);
                for (int k = 0; k < width; k++) {
                    sums.mergeSlot(moved * width + k, oldSums, s * width + k);
                }
            }
        }
    }

    /** @return the number of slots, used or not */
    int capacity() {
        return keys.length;
    }

    /** @return the key of a slot, or null for an unused slot */
    @Nullable Identifier key(int slot) {
        return keys[slot];
    }

    /** Adds every key's sums of another table of the same width into this one. */
    void mergeAll(IdTable other) {
        for (int s = 0; s < other.keys.length; s++) {
            Identifier key = other.keys[s];
            if (key != null) {
                int mine = slot(key);
                for (int k = 0; k < width; k++) {
                    sums.mergeSlot(mine * width + k, other.sums, s * width + k);
                }
            }
        }
    }
}
