package io.partnerbill.export.tasks;

import io.partnerbill.core.export.ExportTaskId;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where export files go, and where downloads read them from. A file is written through a
 * {@link PendingFile} and becomes visible under its name only on {@link PendingFile#commit()};
 * closing a pending file without committing discards it, so a failed or interrupted task never
 * leaves a file that looks finished.
 *
 * <p>Built in: {@link #localDirectory(Path)}. Implementations must be thread-safe.
 */
public interface ExportSink {

    /**
     * Starts writing a task's file.
     *
     * @param task the task, not null
     * @param fileName the file's final name, not null
     * @return the pending file, not null
     * @throws IOException if it cannot be created
     */
    PendingFile create(ExportTaskId task, String fileName) throws IOException;

    /**
     * Opens a committed file for reading.
     *
     * @param task the task, not null
     * @param fileName the file's name, not null
     * @return the stream, which the caller closes, not null
     * @throws IOException if there is no such committed file or it cannot be read
     */
    InputStream open(ExportTaskId task, String fileName) throws IOException;

    /**
     * Removes the temporary files that a writer of the task's file left behind when its process
     * was killed before it committed or discarded them; a committed file stays. Call it only for
     * a task that no live process writes ({@link ExportService#recoverInterrupted}). The default
     * removes nothing: for a sink whose pending files vanish with their writer.
     *
     * @param task the task, not null
     * @return how many temporary files were removed
     * @throws IOException if one cannot be removed
     */
    default int discardPending(ExportTaskId task) throws IOException {
        return 0;
    }

    /**
     * A file being written.
     */
    interface PendingFile extends Closeable {

        /**
         * Returns the stream to write the file's bytes to.
         *
         * @return the stream, not null
         */
        OutputStream stream();

        /**
         * Publishes the file under its final name, atomically.
         *
         * @throws IOException if it cannot be published; the file is then not visible
         */
        void commit() throws IOException;

        /**
         * Discards the file unless it was committed.
         *
         * @throws IOException if cleaning up fails
         */
        @Override
        void close() throws IOException;
    }

    /**
     * Returns a sink that writes {@code <dir>/<task id>/<file name>}: each file is written to
     * a hidden temporary name in the same directory ({@code .<file name>.<random>.part}) and
     * moved to its final name with an atomic move on commit.
     *
     * @param directory the root directory, created if missing, not null
     * @return the sink, not null
     */
    static ExportSink localDirectory(Path directory) {
        return new LocalDirectorySink(directory);
    }
}
