package io.partnerbill.export;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds Order IDs that may repeat in a file too big to remember every Order ID: a scalable
 * Bloom filter answers "seen before?" with no false negatives; each positive is kept as a
 * suspect, and only suspects are checked exactly, on a second reading. The filter starts at
 * 128 KB and adds a stage four times larger each time the last one holds its design count
 * (one Order ID per 16 bits, about 0.1 % false positives), up to an eighth of the heap in all
 * (8 MB of a 64 MB heap: about 4 million Order IDs at that rate, more at a slowly rising one).
 * Memory is thus bounded whatever the file's size.
 *
 * <p>Not thread-safe: one per file.
 */
final class OrderIdFilter {

    private static final int HASHES = 6;
    private static final int FIRST_WORDS = 1 << 14;

    private final long maxWords;
    private final java.util.List<long[]> stages = new java.util.ArrayList<>();
    private long words;
    private long[] last;
    private long lastCount;
    private final int maxSuspects;
    private final Set<String> suspects = new HashSet<>();

    OrderIdFilter(long maxMemory) {
        maxWords = Math.max(FIRST_WORDS, Math.min(1L << 24, maxMemory / 64));
        maxSuspects = (int) Math.max(10_000, Math.min(1_000_000, maxMemory / 512));
        last = new long[FIRST_WORDS];
        stages.add(last);
        words = FIRST_WORDS;
    }

    /** Sized by this JVM's heap. */
    static OrderIdFilter forHeap() {
        return new OrderIdFilter(Runtime.getRuntime().maxMemory());
    }

    /**
     * Records an Order ID; keeps it as a suspect if it may have been recorded before.
     *
     * @return false if there are more suspects than this heap may hold
     */
    boolean add(String orderId) {
        long h1 = orderId.hashCode() * 0x9E3779B97F4A7C15L;
        long h2 = fnv(orderId) | 1;
        for (long[] stage : stages) {
            if (stage != last && contains(stage, h1, h2)) {
                return suspect(orderId);
            }
        }
        if (lastCount >= (long) last.length * 64 / 16 && words + 4L * last.length <= maxWords) {
            last = new long[4 * last.length];
            stages.add(last);
            words += last.length;
            lastCount = 0;
        }
        long mask = (long) last.length * 64 - 1;
        boolean seen = true;
        for (int i = 0; i < HASHES; i++) {
            long bit = (h1 + i * h2) & mask;
            int word = (int) (bit >>> 6);
            long m = 1L << bit;
            if ((last[word] & m) == 0) {
                seen = false;
                last[word] |= m;
            }
        }
        lastCount++;
        return seen ? suspect(orderId) : true;
    }

    private static boolean contains(long[] stage, long h1, long h2) {
        long mask = (long) stage.length * 64 - 1;
        for (int i = 0; i < HASHES; i++) {
            long bit = (h1 + i * h2) & mask;
            if ((stage[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private boolean suspect(String orderId) {
        suspects.add(orderId);
        return suspects.size() <= maxSuspects;
    }
    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    /** @return the Order IDs that may repeat, not null */
    Set<String> suspects() {
        return suspects;
    }

    /** @return how many suspects this heap may hold */
    int maxSuspects() {
        return maxSuspects;
    }
}
