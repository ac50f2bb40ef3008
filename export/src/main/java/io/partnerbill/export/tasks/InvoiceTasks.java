package io.partnerbill.export.tasks;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.export.internal.Cells;
import io.partnerbill.export.invoice.InvoiceParties;
import io.partnerbill.export.invoice.TaxInvoice;
import io.partnerbill.export.pdf.PdfFonts;
import io.partnerbill.export.pdf.PdfInvoiceWriter;
import io.partnerbill.export.ubl.UblInvoiceWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/** The INVOICE and STATEMENT_INVOICE tasks: which invoice a request names, its file name, and writing it. */
final class InvoiceTasks {

    private InvoiceTasks() {
    }

    static boolean isInvoice(ExportKind kind) {
        return kind == ExportKind.INVOICE || kind == ExportKind.STATEMENT_INVOICE;
    }

    /**
     * The invoice a request names, built when the task is submitted so that a refusal records nothing.
     *
     * @throws UnknownEntityException if the bill or statement is not issued, or a party is missing
     * @throws InvalidValueException if the service has no invoice parties
     */
    static TaxInvoice invoice(PartnerBilling billing, @Nullable InvoiceParties parties, ExportRequest request) {
        if (parties == null) {
            throw new InvalidValueException("Export service has no invoice parties (addresses and tax ids): set "
                    + "ExportService.builder().invoiceParties(..) to export " + request);
        }
        if (request.kind() == ExportKind.INVOICE) {
            return billing.bills().issued(request.partner(), request.cycle())
                    .map(bill -> TaxInvoice.of(bill, parties, billing.calendar().zone()))
                    .orElseThrow(() -> new UnknownEntityException("Bill of partner '" + request.partner() + "' for "
                            + request.cycle() + " is not issued: it has no invoice yet"));
        }
        var customer = request.customer().orElseThrow();
        return billing.statements().issued(customer, request.cycle())
                .filter(s -> s.reseller().equals(request.partner()))
                .map(st -> TaxInvoice.of(st, parties, billing.calendar().zone()))
                .orElseThrow(() -> new UnknownEntityException("Statement of customer '" + customer + "' of reseller '"
                        + request.partner() + "' for " + request.cycle() + " is not issued: it has no invoice yet"));
    }

    /** {@code _invoice.pdf} or, for a statement, {@code _<customer>_invoice.xml}. */
    static String fileSuffix(ExportRequest request) {
        return request.customer().map(c -> "_" + Cells.fileSafe(c.value())).orElse("") + "_invoice."
                + (request.format().equals("pdf") ? "pdf" : "xml");
    }

    /** Writes the invoice; returns its line count. */
    static long write(TaxInvoice invoice, String format, PdfFonts fonts, OutputStream out) throws IOException {
        if (format.equals("pdf")) {
            PdfInvoiceWriter.of(fonts).write(invoice, out);
        } else {
            UblInvoiceWriter.of().write(invoice, out);
        }
        return invoice.lines().size();
    }
}
