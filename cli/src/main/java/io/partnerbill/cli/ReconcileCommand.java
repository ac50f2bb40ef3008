package io.partnerbill.cli;

import io.partnerbill.export.format.DisplayText;
import io.partnerbill.export.importing.BillDetailsImporter;
import io.partnerbill.export.importing.Reconciliation;
import io.partnerbill.export.importing.ReconciliationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Recomputes every line of an operator bill-details file, read row by row; exit code 1 when
 * differences are found, 2 when the file cannot be read or is malformed.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Recompute each line's settlement amount of an operator bill-details file from its",
            "expenditure and discount, and report every difference (exit code 1 if any; 2 if the",
            "file cannot be read: one line naming the file, line and column). Memory does not grow",
            "with the file; the first " + Reconciliation.DEFAULT_DIFFERENCE_LIMIT + " differences are listed, the rest counted."},
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
        InputFiles.requireRegularFile(details);
        PrintWriter out = spec.commandLine().getOut();
        // Row by row, keeping the first differences only: memory does not grow with the file.
        ReconciliationReport report = Reconciliation.standard().reconcile(BillDetailsImporter.of(currency), details);
        out.println("Checked " + report.linesRead() + " lines of " + DisplayText.sanitize(details.toString()) + ": "
                + report.differenceCount() + " difference(s)");
        report.differences().forEach(d -> out.println("  " + DisplayText.sanitize(d.toString())));
        long notListed = report.differenceCount() - report.differences().size();
        if (notListed > 0) {
            out.println("  ... and " + notListed + " more, not listed (the first " + report.differences().size()
                    + " are)");
        }
        return report.isClean() ? 0 : 1;
    }
}
