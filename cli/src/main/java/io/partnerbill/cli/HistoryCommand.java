package io.partnerbill.cli;

import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportTask;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the demo partner's export tasks, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the export history of the demo database.",
        footer = {"", "Example:", "  partnerbill history --db partnerbill-demo"})
final class HistoryCommand implements Callable<Integer> {

    @Mixin
    DemoOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DemoDatabase db = DemoDatabase.open(options.existingDb())) {
            PartnerBilling billing = DemoOptions.billing(db, new DemoClock(Instant.now()));
            List<ExportTask> tasks = DemoExports.service(billing, db).history(DemoWorld.PARTNER);
            if (tasks.isEmpty()) {
                out.println("No exports yet; run: partnerbill demo");
            }
            for (ExportTask t : tasks) {
                out.printf(Locale.ROOT, "%s  %s  %-12s %-5s %-9s %,9d rows  %s%n", t.createdAt(), t.cycle(), t.kind(),
                        t.format(), t.status(), t.rowCount(), t.fileName().orElse(t.error().orElse("")));
            }
        }
        return 0;
    }
}
