package io.partnerbill.export.tasks;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.export.ExportTaskId;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.UUID;

/** {@link ExportSink#localDirectory(Path)}: a temporary name, then an atomic move. */
final class LocalDirectorySink implements ExportSink {

    private final Path root;

    LocalDirectorySink(Path root) {
        this.root = Objects.requireNonNull(root, "directory");
    }

    private Path file(ExportTaskId task, String fileName) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(fileName, "fileName");
        if (fileName.isEmpty() || fileName.startsWith(".") || fileName.contains("/") || fileName.contains("\\")) {
            throw new InvalidValueException("Export file name must be a plain, visible file name, was '" + fileName + "'");
        }
        return root.resolve(task.value()).resolve(fileName);
    }

    @Override
    public PendingFile create(ExportTaskId task, String fileName) throws IOException {
        Path target = file(task, fileName);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + fileName + "." + UUID.randomUUID() + ".part");
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024);
        return new PendingFile() {
            private boolean committed;
            private boolean closed;

            @Override
            public OutputStream stream() {
                return out;
            }

            @Override
            public void commit() throws IOException {
                out.close();
                closed = true;
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                committed = true;
            }

            @Override
            public void close() throws IOException {
                if (!committed) {
                    try {
                        if (!closed) {
                            out.close();
                        }
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                }
            }
        };
    }

    @Override
    public int discardPending(ExportTaskId task) throws IOException {
        Path folder = root.resolve(Objects.requireNonNull(task, "task").value());
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path temp : temps) {
                if (Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        }
        try {
            Files.deleteIfExists(folder); // only when nothing else is in it
        } catch (DirectoryNotEmptyException e) {
            // a committed file, or something of the user's: it stays
        }
        return removed;
    }

    @Override
    public InputStream open(ExportTaskId task, String fileName) throws IOException {
        return Files.newInputStream(file(task, fileName));
    }

    @Override
    public String toString() {
        return "ExportSink[" + root + "]";
    }
}
