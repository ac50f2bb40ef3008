package io.partnerbill.export.importing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Finds repeated Order IDs in a file too big to remember its Order IDs, in bounded memory: each
 * Order ID becomes a 64-bit fingerprint; fingerprints are sorted in runs of {@value #RUN}
 * (4 MB), spilled to a temporary file (8 bytes a line, deleted at the end), and the runs are
 * merged, so equal fingerprints meet. Only an Order ID whose fingerprint repeats (a repeat, or
 * a 64-bit collision: about one chance in 10^6 at 5 million lines) needs a second reading of
 * the file to be confirmed and named with its two lines. A file without repeats is read once.
 *
 * <p>Not thread-safe: one per file.
 */
final class OrderIdCheck implements AutoCloseable {

    /** Fingerprints per sorted run. */
    static final int RUN = 1 << 19;
    /** Repeated fingerprints kept for the second reading: one repeat is enough to refuse the file. */
    private static final int MAX_REPEATS = 10_000;

    private final long[] run = new long[RUN];
    private int size;
    private final List<Path> spilled = new ArrayList<>();

    /** Records an Order ID. */
    void add(String orderId) {
        if (size == RUN) {
            spill();
        }
        run[size++] = fingerprint(orderId);
    }

    /** A 64-bit hash of the text: FNV-1a over its chars, then mixed (SplitMix64's finalizer). */
    static long fingerprint(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    private void spill() {
        Arrays.sort(run, 0, size);
        try {
            Path file = Files.createTempFile("partnerbill-orderids-", ".run");
            spilled.add(file);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (int i = 0; i < size; i++) {
                    out.writeLong(run[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a temporary file to check Order IDs: " + e.getMessage(), e);
        }
        size = 0;
    }

    /**
     * Returns the fingerprints seen more than once (at most {@value #MAX_REPEATS} of them).
     *
     * @return the repeated fingerprints, empty when every Order ID was distinct, not null
     */
    Set<Long> repeatedFingerprints() {
        Set<Long> repeats = new HashSet<>();
        if (spilled.isEmpty()) {
            Arrays.sort(run, 0, size);
            for (int i = 1; i < size && repeats.size() < MAX_REPEATS; i++) {
                if (run[i] == run[i - 1]) {
                    repeats.add(run[i]);
                }
            }
            return repeats;
        }
        if (size > 0) {
            spill();
        }
        // k-way merge: each run's reader holds its next fingerprint
        PriorityQueue<RunReader> queue = new PriorityQueue<>((a, b) -> Long.compare(a.head, b.head));
        List<RunReader> readers = new ArrayList<>();
        try {
            for (Path file : spilled) {
                RunReader r = new RunReader(file);
                readers.add(r);
                if (r.advance()) {
                    queue.add(r);
                }
            }
            boolean any = false;
            long previous = 0;
            while (!queue.isEmpty() && repeats.size() < MAX_REPEATS) {
                RunReader r = queue.poll();
                if (any && r.head == previous) {
                    repeats.add(r.head);
                }
                previous = r.head;
                any = true;
                if (r.advance()) {
                    queue.add(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a temporary file to check Order IDs: " + e.getMessage(), e);
        } finally {
            for (RunReader r : readers) {
                r.close();
            }
        }
        return repeats;
    }

    /** Deletes the temporary files. */
    @Override
    public void close() {
        for (Path file : spilled) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is not worth failing the read for
            }
        }
        spilled.clear();
    }

    /** @return how many temporary runs were written (for tests) */
    int runsSpilled() {
        return spilled.size();
    }

    private static final class RunReader {
        private final DataInputStream in;
        long head;

        RunReader(Path file) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 13));
        }

        boolean advance() throws IOException {
            try {
                head = in.readLong();
                return true;
            } catch (EOFException e) {
                return false;
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read to its end already
            }
        }
    }
}
