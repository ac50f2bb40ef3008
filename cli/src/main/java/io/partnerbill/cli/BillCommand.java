package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.export.importing.BillDetailsImporter;
import io.partnerbill.export.tasks.ExportRequest;
import io.partnerbill.export.tasks.ExportService;
import io.partnerbill.export.tasks.ExportSink;
import io.partnerbill.tax.Country;
import io.partnerbill.tax.Gstin;
import io.partnerbill.tax.IndianState;
import io.partnerbill.tax.RegionTaxPolicy;
import io.partnerbill.tax.Supplier;
import io.partnerbill.tax.TaxRegistration;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints (and optionally exports) the bill of an operator-format bill-details file, read row by
 * row: memory does not grow with the file's size.
 */
@Command(name = "bill", mixinStandardHelpOptions = true,
        description = "Compute the bill of an operator-format bill-details CSV file.",
        footer = {"", "Example:", "  partnerbill bill --details details.csv --cycle 2024-01 --tax-region IN-29 \\",
            "      --gstin 29ABCDE1234F1ZW --currency INR --export html --out bills/"})
final class BillCommand implements Callable<Integer> {

    /** The region that --tax-region names for no tax at all, as the option's help offers. */
    private static final String NO_TAX = "none";

    @Option(names = "--details", required = true, paramLabel = "FILE.csv", description = "The bill-details file.")
    Path details;

    @Option(names = "--cycle", required = true, paramLabel = "YYYY-MM", description = "The bill cycle.")
    String cycle;

    @Option(names = "--currency", defaultValue = "USD", description = "Currency of the file (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--tax-region", paramLabel = "CC[-SS]",
            description = "Where the partner is registered: a country (SG, DE, ...) or IN-<state code>; none: no tax.")
    @Nullable String taxRegion;

    @Option(names = "--gstin", description = "The partner's GSTIN (with --tax-region IN-..).")
    @Nullable String gstin;

    @Option(names = "--export", paramLabel = "FORMAT", description = "Also export the bill: csv, json, xlsx or html.")
    @Nullable String exportFormat;

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR", description = "Where --export writes (default: .).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        BillCycle billCycle;
        try {
            billCycle = BillCycle.parse(cycle);
        } catch (InvalidValueException e) {
            throw new CliException("bad --cycle: " + e.getMessage());
        }
        InputFiles.requireRegularFile(details);
        if (exportFormat != null && !DemoExports.formats().contains(exportFormat)) {
            throw new CliException("unknown --export format '" + exportFormat + "' (one of " + DemoExports.formats() + ")");
        }
        if (exportFormat != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliException("--out " + out + " is not a directory");
        }
        BillDetailsImporter importer = BillDetailsImporter.of(currency);
        CurrencyUnit unit = Monetary.getCurrency(currency);
        // One pass, summing each partner's lines of the cycle as they are read: memory does not grow with the file.
        Set<PartnerId> partners = new TreeSet<>();
        Map<PartnerId, BillAccumulator> sums = new HashMap<>();
        long lines = importer.scan(details, imported -> {
            BillLine line = imported.line();
            partners.add(line.partner());
            if (line.cycle().equals(billCycle)) {
                sums.computeIfAbsent(line.partner(), p -> BillAccumulator.create(p, billCycle, unit)).add(line);
            }
        });
        if (sums.isEmpty()) {
            throw new CliException("no lines of cycle " + billCycle + " in " + details + " (" + lines + " lines)");
        }
        PartnerBilling billing = PartnerBilling.builder().currency(currency).taxPolicy(taxPolicy(partners))
                .store(FileBillingStore.of(importer, details, billCycle, sums)).build();
        for (PartnerId partner : partners) {
            if (!sums.containsKey(partner)) {
                continue;
            }
            MonthlyBill bill = billing.bills().calculate(partner, billCycle);
            BillReport.print(printer, bill, id -> id, 10);
            if (exportFormat != null) {
                ExportService exports = ExportService.builder().billing(billing).sink(ExportSink.localDirectory(out))
                        .executor(Runnable::run).build();
                ExportTask task = DemoExports.run(exports, ExportRequest.bill(partner, billCycle, exportFormat));
                if (task.status() != ExportStatus.COMPLETED) {
                    // as `export` does: a failed export is a failed command, not a line of output
                    printer.flush();
                    throw new CliException("export of the " + exportFormat + " bill of partner " + partner + " into "
                            + out + " failed: " + task.error().orElse(String.valueOf(task.status())));
                }
                DemoExports.print(printer, task, out);
            }
            printer.println();
        }
        return 0;
    }

    private TaxPolicy taxPolicy(Set<PartnerId> partners) {
        // A registration option the region ignores would bill without the tax the user meant: refuse it.
        if (gstin != null && (taxRegion == null || !taxRegion.startsWith("IN-"))) {
            throw new CliException("--gstin '" + gstin + "' needs --tax-region IN-<state code>, "
                    + (taxRegion == null ? "and no --tax-region was given" : "was given with --tax-region " + taxRegion));
        }
        if (taxRegion == null || taxRegion.equalsIgnoreCase(NO_TAX)) {
            return TaxPolicy.none();
        }
        TaxRegistration registration;
        Supplier supplier;
        try {
            if (taxRegion.startsWith("IN-")) {
                IndianState state = IndianState.of(taxRegion.substring(3));
                if (gstin == null) {
                    throw new CliException("--tax-region " + taxRegion + " needs --gstin (the partner's GSTIN)");
                }
                registration = TaxRegistration.india(state, Gstin.of(gstin));
                supplier = Supplier.india("Cloud Operator India Pvt Ltd", DemoWorld.OPERATOR_GSTIN);
            } else {
                Country country = Country.of(taxRegion);
                registration = TaxRegistration.of(country);
                supplier = Supplier.of("Cloud Operator", country);
            }
        } catch (InvalidValueException e) {
            throw new CliException("bad --tax-region or --gstin: " + e.getMessage());
        }
        RegionTaxPolicy.Builder policy = RegionTaxPolicy.builder().supplier(supplier);
        partners.forEach(p -> policy.register(p, registration));
        return policy.build();
    }
}
