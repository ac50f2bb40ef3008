package io.partnerbill.cli;

import io.partnerbill.export.BillDetailsImporter;
import io.partnerbill.export.ImportedBillDetails;
import io.partnerbill.export.Reconciliation;
import io.partnerbill.export.ReconciliationReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Recomputes every line of an operator bill-details file; exit code 1 when differences are found. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Recompute each line's settlement amount of an operator bill-details file from its",
            "expenditure and discount, and report every difference (exit code 1 if any)."},
        footer = {"", "Example:", "  partnerbill reconcile --details details.csv --currency USD"})
final class ReconcileCommand implements Callable<Integer> {

    @Option(names = "--details", required = true, paramLabel = "FILE.csv", description = "The bill-details file.")
    Path details;

    @Option(names = "--currency", defaultValue = "USD", description = "Currency of the file (default: ${DEFAULT-VALUE}).")
    String currency;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(details)) {
            throw new CliException("no such file: " + details);
        }
        PrintWriter out = spec.commandLine().getOut();
        ImportedBillDetails file = BillDetailsImporter.of(currency).read(details);
        ReconciliationReport report = Reconciliation.standard().reconcile(file);
        out.println("Checked " + report.linesChecked() + " lines of " + details + ": " + report.differences().size()
                + " difference(s)");
        report.differences().forEach(d -> out.println("  " + d));
        return report.isClean() ? 0 : 1;
    }
}
