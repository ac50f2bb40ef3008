package io.partnerbill.cli;

import io.partnerbill.core.store.BillingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo's database under a directory, and its export history and export files. */
final class DemoDatabase implements AutoCloseable {

    private final Path directory;
    private final BillingStore store;

    private DemoDatabase(Path directory, BillingStore store) {
        this.directory = directory;
        this.store = store;
    }

    static DemoDatabase open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoDatabase(directory, BillingStore.inMemory());
    }

    BillingStore store() {
        return store;
    }

    Path exportDirectory() {
        return directory.resolve("exports");
    }

    FileExportTaskStore exportTasks() {
        return new FileExportTaskStore(directory.resolve("export-tasks.tsv"));
    }

    @Override
    public void close() {
        // The in-memory store holds nothing to release.
    }
}
