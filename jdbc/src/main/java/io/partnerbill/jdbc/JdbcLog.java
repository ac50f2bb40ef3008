package io.partnerbill.jdbc;

import io.partnerbill.core.PartnerId;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

/**
 * What the JDBC store logs, through {@code System.Logger} "io.partnerbill.jdbc" (the JDK routes it
 * to java.util.logging unless a service installs another finder, such as SLF4J's): each schema
 * version applied at INFO, a failed migration or a transaction that could not be rolled back (its
 * connection broke) at WARNING, lock waits of {@link #SLOW_LOCK_MILLIS} ms or more and a version
 * another process applied first at DEBUG. Lock waits are timed on every append, so the check costs
 * a clock read and a comparison, and nothing is formatted unless the level is on.
 */
final class JdbcLog {

    static final String NAME = "io.partnerbill.jdbc";
    /** A lock wait this long is worth a DEBUG line: appends normally wait microseconds. */
    static final long SLOW_LOCK_MILLIS = 200;
    private static final long SLOW_LOCK_NANOS = TimeUnit.MILLISECONDS.toNanos(SLOW_LOCK_MILLIS);
    private static final Logger LOG = System.getLogger(NAME);

    private JdbcLog() {
    }

    static void applied(int version, String description) {
        LOG.log(Level.INFO, "Applied partnerbill schema version {0}: {1}", version, description);
    }

    static void appliedElsewhere(int version) {
        LOG.log(Level.DEBUG, "Schema version {0} was applied by another process at the same time", version);
    }

    static void migrationFailed(int version, Throwable cause) {
        if (LOG.isLoggable(Level.WARNING)) {
            LOG.log(Level.WARNING, "Could not migrate the partnerbill schema to version " + version
                    + "; the database stays at version " + (version - 1), cause);
        }
    }

    static void rollbackFailed(Throwable reason, Throwable rollback) {
        if (LOG.isLoggable(Level.WARNING)) {
            LOG.log(Level.WARNING, "Could not roll back a failed transaction (" + reason.getMessage()
                    + "); the connection is closed, and the database discards what it had not committed", rollback);
        }
    }

    /** Logs a wait that began at {@code startNanos} if it was slow. */
    static void lockWait(long startNanos, String lock, PartnerId partner, Object key) {
        long waited = System.nanoTime() - startNanos;
        if (waited >= SLOW_LOCK_NANOS && LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "Waited {0} ms for the {1} lock of partner ''{2}'' on {3}",
                    TimeUnit.NANOSECONDS.toMillis(waited), lock, partner, key);
        }
    }
}
