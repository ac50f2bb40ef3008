package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.export.Exporters;
import io.partnerbill.export.tasks.ExportRequest;
import io.partnerbill.export.tasks.ExportService;
import io.partnerbill.export.tasks.ExportSink;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Export tasks on the demo database, run on the calling thread. */
final class DemoExports {

    private DemoExports() {
    }

    /**
     * The export service; its history is the database's ({@code billing.store().exportTasks()}).
     * Tasks that a killed run left PENDING or RUNNING become FAILED "interrupted" and their
     * temporary files go: the database's file lock keeps every other process out of it, so
     * none of its tasks is running anywhere.
     */
    static ExportService service(PartnerBilling billing, DemoDatabase db) {
        ExportService exports = ExportService.builder().billing(billing)
                .sink(ExportSink.localDirectory(db.exportDirectory())).executor(Runnable::run).names(DemoWorld.names())
                .invoiceParties(DemoWorld.invoiceParties()).build();
        exports.recoverInterrupted(DemoWorld.PARTNER, Instant.MAX);
        return exports;
    }

    /** The formats the built-in exporters offer, HTML included when present. */
    static List<String> formats() {
        return Exporters.standard().formats().stream().sorted().toList();
    }

    static ExportTask run(ExportService exports, ExportRequest request) {
        ExportTask submitted = exports.submit(request);
        return exports.task(submitted.id()).orElse(submitted);
    }

    static void print(PrintWriter out, ExportTask task, Path directory) {
        out.printf(Locale.ROOT, "  %-12s %-5s %-9s %s%n", task.kind(), task.format(), task.status(),
                // The local-directory sink keeps each task's file in a folder named after the task.
                task.fileName().map(f -> directory.resolve(task.id().value()).resolve(f).toAbsolutePath().normalize()
                        .toString())
                        .orElse(task.error().orElse("")));
    }

    static void exportAll(PrintWriter out, ExportService exports, BillCycle cycle, DemoDatabase db) {
        out.println("Exports (in " + db.exportDirectory().toAbsolutePath().normalize() + "):");
        for (String format : formats()) {
            print(out, run(exports, ExportRequest.bill(DemoWorld.PARTNER, cycle, format)), db.exportDirectory());
            // Details (100,000 lines and more) in the operator's CSV layout and as a workbook.
            if (format.equals("csv") || format.equals("xlsx")) {
                print(out, run(exports, ExportRequest.billDetails(DemoWorld.PARTNER, cycle, format)), db.exportDirectory());
            }
        }
        printInvoices(out, exports, cycle, db);
    }

    /** The issued bill's tax invoice, as PDF and as UBL 2.1 XML. */
    static void printInvoices(PrintWriter out, ExportService exports, BillCycle cycle, DemoDatabase db) {
        for (String format : INVOICE_FORMATS) {
            print(out, run(exports, ExportRequest.invoice(DemoWorld.PARTNER, cycle, format)), db.exportDirectory());
        }
    }

    static final List<String> INVOICE_FORMATS = List.of("pdf", "ubl");
}
