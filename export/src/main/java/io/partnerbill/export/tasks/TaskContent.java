package io.partnerbill.export.tasks;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.export.ChunkedDetails;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineSource;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.StatementDocument;
import io.partnerbill.export.invoice.TaxInvoice;
import io.partnerbill.export.pdf.PdfFonts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a task writes into its file, by kind; {@link ExportService} names, digests and commits the file. */
final class TaskContent {

    private TaskContent() {
    }

    /** Writes the request's content; returns the rows (lines) written. */
    static long write(PartnerBilling billing, ExportRequest request, @Nullable Exporter exporter,
            @Nullable TaxInvoice invoice, PdfFonts fonts, boolean zip, ExportContext context, OutputStream out)
            throws IOException {
        long rows;
        if (invoice != null) {
            rows = InvoiceTasks.write(invoice, request.format(), fonts, out);
        } else if (exporter == null) {
            throw new IllegalStateException("No exporter for " + request);
        } else if (request.kind() == ExportKind.BILL) {
            // The issued bill when there is one (coupons and tax as issued), else the bill computed now.
            MonthlyBill bill = billing.bills().issued(request.partner(), request.cycle()).map(IssuedBill::bill)
                    .orElseGet(() -> billing.bills().calculate(request.partner(), request.cycle()));
            // Lazy: only a format that shows more than the figures (html) streams the lines.
            LineSource lines = LineSource.of(billing.lines(), request.partner(), request.cycle());
            rows = exporter.writeBill(BillDocument.of(bill), lines, context, out);
        } else if (request.kind() == ExportKind.STATEMENTS) {
            rows = exporter.writeStatements(statementsOf(billing, request.partner(), request.cycle()),
                    context, out);
        } else if (request.kind() == ExportKind.MARGIN) {
            rows = exporter.writeMargin(billing.margins().report(request.partner(), request.cycle()), context, out);
        } else {
            LineWriter writer = zip
                    ? ChunkedDetails.of(exporter, request.partner(), request.cycle())
                            .withMaxRows(request.maxRowsPerFile()).withContext(context).openZip(out)
                    : exporter.openLines(context, out);
            billing.lines().scan(request.partner(), request.cycle(), line -> {
                try {
                    writer.write(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.finish();
            rows = writer.rowsWritten();
        }
        return rows;
    }

    /** Every customer with lines in a reseller's cycle: its issued statement, else a draft computed now. */
    private static List<StatementDocument> statementsOf(PartnerBilling billing, PartnerId reseller, BillCycle cycle) {
        List<StatementDocument> docs = new ArrayList<>();
        for (CustomerId customer : billing.statements().customers(reseller, cycle)) {
            docs.add(billing.statements().issued(customer, cycle)
                    .filter(s -> s.reseller().equals(reseller))
                    .map(StatementDocument::of)
                    .orElseGet(() -> StatementDocument.draft(billing.statements().calculate(reseller, customer, cycle))));
        }
        return docs;
    }
}
