package io.partnerbill.export.tasks;

import io.partnerbill.core.export.ExportTask;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * What export tasks log, through {@code System.Logger} "io.partnerbill.export" (the JDK routes it
 * to java.util.logging unless a service installs another finder, such as SLF4J's): a start at
 * DEBUG, a finish at INFO, a failure or a task recovered after a crash at WARNING. Each call
 * checks the level first, so nothing is formatted when the level is off.
 */
final class ExportLog {

    static final String NAME = "io.partnerbill.export";
    private static final Logger LOG = System.getLogger(NAME);

    private ExportLog() {
    }

    static void started(ExportTask task) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "Export task ''{0}'' started: {1} {2} of partner ''{3}'' for {4}", task.id(),
                    task.format(), task.kind(), task.partner(), task.cycle());
        }
    }

    static void finished(ExportTask task) {
        if (LOG.isLoggable(Level.INFO)) {
            LOG.log(Level.INFO, "Export task ''{0}'' finished: {1}, {2} rows, {3} bytes", task.id(),
                    task.fileName().orElse(""), task.rowCount(), task.sizeBytes());
        }
    }

    static void failed(ExportTask task, Throwable cause) {
        if (LOG.isLoggable(Level.WARNING)) {
            LOG.log(Level.WARNING, "Export task '" + task.id() + "' failed: " + task.error().orElse(""), cause);
        }
    }

    static void interrupted(ExportTask task) {
        if (LOG.isLoggable(Level.WARNING)) {
            LOG.log(Level.WARNING, "Export task ''{0}'' of partner ''{1}'' was left {2} by a process that ended;"
                    + " marked FAILED", task.id(), task.partner(), task.status());
        }
    }
}
