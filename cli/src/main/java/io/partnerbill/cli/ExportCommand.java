package io.partnerbill.cli;

import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.export.tasks.ExportRequest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports the demo partner's bill or bill details through an export task. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the demo partner's bill or bill details (as an export task).",
        footer = {"", "Example:", "  partnerbill export --kind BILL_DETAILS --format xlsx --month 2024-05"})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DemoOptions options;

    @Option(names = "--kind", defaultValue = "BILL", description = "BILL or BILL_DETAILS (default: ${DEFAULT-VALUE}).")
    ExportKind kind;

    @Option(names = "--format", defaultValue = "csv", description = "csv, json, xlsx or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!DemoExports.formats().contains(format)) {
            throw new CliException("unknown --format '" + format + "' (one of " + DemoExports.formats() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (DemoDatabase db = DemoDatabase.open(options.existingDb())) {
            PartnerBilling billing = DemoOptions.billing(db, new DemoClock(java.time.Instant.now()));
            if (billing.lines().count(DemoWorld.PARTNER, options.cycle()) == 0) {
                throw new CliException("no lines for " + options.cycle() + " in " + options.db + "; run: partnerbill demo"
                        + " --month " + options.cycle());
            }
            ExportTask task = DemoExports.run(DemoExports.service(billing, db),
                    ExportRequest.of(kind, DemoWorld.PARTNER, options.cycle(), format));
            DemoExports.print(out, task, db.exportDirectory());
            return task.status() == ExportStatus.COMPLETED ? 0 : PartnerbillCli.BAD_INPUT;
        }
    }
}
