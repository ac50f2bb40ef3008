package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.export.tasks.ExportRequest;
import io.partnerbill.export.tasks.ExportService;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the tax invoice of the demo partner's issued bill of a month, as PDF and UBL XML, and prints the paths. */
@Command(name = "invoice", mixinStandardHelpOptions = true,
        description = {"Write the tax invoice of the demo partner's issued bill of a month: a PDF and a",
            "UBL 2.1 (EN 16931) XML e-invoice, as export tasks of the demo database."},
        footer = {"", "Example:", "  partnerbill invoice --month 2024-05 --db partnerbill-demo --format pdf"})
final class InvoiceCommand implements Callable<Integer> {

    @Mixin
    DemoOptions options;

    @Option(names = "--format", paramLabel = "pdf|ubl|all", defaultValue = "all",
            description = "pdf, ubl, or all (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!wanted.equals("all") && !DemoExports.INVOICE_FORMATS.contains(wanted)) {
            throw new CliException("unknown --format '" + format + "' (one of pdf, ubl, all)");
        }
        PrintWriter out = spec.commandLine().getOut();
        BillCycle cycle = options.cycle();
        try (DemoDatabase db = DemoDatabase.open(options.existingDb())) {
            PartnerBilling billing = DemoOptions.billing(db, new DemoClock(Instant.now()));
            if (billing.bills().issued(DemoWorld.PARTNER, cycle).isEmpty()) {
                throw new CliException("the bill of " + cycle + " is not issued in " + options.db
                        + ": no invoice yet (run: partnerbill demo --month " + cycle + " --db " + options.db + ")");
            }
            ExportService exports = DemoExports.service(billing, db);
            for (String f : DemoExports.INVOICE_FORMATS) {
                if (wanted.equals("all") || wanted.equals(f)) {
                    ExportTask task = DemoExports.run(exports, ExportRequest.invoice(DemoWorld.PARTNER, cycle, f));
                    if (task.status() != ExportStatus.COMPLETED) {
                        out.flush();
                        throw new CliException("the " + f + " invoice of " + cycle + " failed: "
                                + task.error().orElse(String.valueOf(task.status())));
                    }
                    DemoExports.print(out, task, db.exportDirectory());
                }
            }
        }
        return 0;
    }
}
