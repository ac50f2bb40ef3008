package io.partnerbill.export.tasks;

import io.partnerbill.core.export.ExportTask;
import java.util.OptionalLong;

/**
 * Told how far a running export task got: every 10,000 rows and once at the end. It is called
 * on the executor's thread that runs the task, so it must be quick and thread-safe.
 */
@FunctionalInterface
public interface ExportProgressListener {

    /**
     * Reports progress.
     *
     * @param task the task (RUNNING), not null
     * @param rowsWritten the rows written so far
     * @param totalRows the rows to write when known (bill details), or empty, not null
     */
    void onProgress(ExportTask task, long rowsWritten, OptionalLong totalRows);
}
