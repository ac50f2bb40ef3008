package io.partnerbill.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of an input file named on the command line, each with its own one-line answer. */
final class InputFiles {

    private InputFiles() {
    }

    /** Refuses a path that is missing, a directory, or not a regular file (a device such as /dev/null, a pipe). */
    static void requireRegularFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new CliException("cannot read " + file + ": is a directory");
        }
        if (!Files.exists(file)) {
            throw new CliException("no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new CliException("cannot read " + file + ": is not a regular file");
        }
    }
}
