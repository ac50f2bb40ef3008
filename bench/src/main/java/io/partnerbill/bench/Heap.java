package io.partnerbill.bench;

import org.openjdk.jol.info.GraphLayout;

/** Retained sizes by JOL's object-graph walk. */
final class Heap {

    static {
        // JDK 17 hides field offsets of records and hidden classes from JOL's default probe.
        if (System.getProperty("jol.magicFieldOffset") == null) {
            System.setProperty("jol.magicFieldOffset", "true");
        }
    }

    private Heap() {
    }

    /** @return the bytes of every object reachable from the root, shared ones included */
    static long retainedBytes(Object root) {
        return GraphLayout.parseInstance(root).totalSize();
    }
}
