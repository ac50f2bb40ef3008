package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.billing.PartnerBilling;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that locate the demo database and month, shared by demo, export, history and pay. */
final class DemoOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "partnerbill-demo",
            description = "Directory of the demo database (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--month", paramLabel = "YYYY-MM", defaultValue = "2024-05",
            description = "Bill cycle (default: ${DEFAULT-VALUE}).")
    String month;

    BillCycle cycle() {
        try {
            return BillCycle.parse(month);
        } catch (InvalidValueException e) {
            throw new CliException("bad --month: " + e.getMessage());
        }
    }

    /**
     * Returns {@code --db} for a command that reads the demo database (export, history, pay): only
     * {@code demo} creates one, so a mistyped path must not open a new, empty database.
     */
    Path existingDb() {
        if (!Files.isDirectory(db) || !holdsDatabase(db)) {
            throw new CliException("no demo database in " + db + " (create one with: partnerbill demo --db " + db + ")");
        }
        return db;
    }

    // The embedded database keeps its files as partnerbill.* in the directory, whatever its engine's suffixes.
    private static boolean holdsDatabase(Path directory) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "partnerbill.*")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new CliException("cannot read --db " + directory + ": " + e);
        }
    }

    /** The facade over the demo database, in INR, with the demo partner's tax, on a clock the caller moves. */
    static PartnerBilling billing(DemoDatabase db, DemoClock clock) {
        return PartnerBilling.builder().currency(DemoWorld.CURRENCY).store(db.store()).taxPolicy(DemoWorld.taxPolicy())
                .clock(clock).build();
    }
}
