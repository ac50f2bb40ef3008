package io.partnerbill.export.tasks;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.export.invoice.TaxInvoice;
import io.partnerbill.export.pdf.PdfInvoiceWriter;
import io.partnerbill.export.testing.InvoiceMonths;
import io.partnerbill.export.ubl.UblInvoiceWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceExportTest {

    @TempDir
    Path dir;

    private ExportService service(PartnerBilling billing) {
        return ExportService.builder().billing(billing).sink(ExportSink.localDirectory(dir)).executor(Runnable::run)
                .invoiceParties(InvoiceMonths.parties("Karnataka Cloud Partners")).build();
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void invoiceTasks_writeThePdfAndTheUbl_withHistoryAndDownload() throws IOException {
        PartnerBilling billing = InvoiceMonths.billing();
        IssuedBill bill = InvoiceMonths.issue(billing);
        ExportService exports = service(billing);

        ExportTask pdf = exports.submit(ExportRequest.invoice(PARTNER, CYCLE, "PDF"));
        ExportTask ubl = exports.submit(ExportRequest.invoice(PARTNER, CYCLE, "ubl"));

        TaxInvoice invoice = TaxInvoice.of(bill, InvoiceMonths.parties("Karnataka Cloud Partners"), BillingCalendar.BEIJING);
        ByteArrayOutputStream expectedPdf = new ByteArrayOutputStream();
        PdfInvoiceWriter.of().write(invoice, expectedPdf);
        ByteArrayOutputStream expectedXml = new ByteArrayOutputStream();
        UblInvoiceWriter.of().write(invoice, expectedXml);
        assertThat(pdf.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(pdf.kind()).isEqualTo(ExportKind.INVOICE);
        assertThat(pdf.format()).isEqualTo("pdf");
        assertThat(pdf.fileName()).contains("P1_2024-01_invoice.pdf");
        assertThat(ubl.fileName()).contains("P1_2024-01_invoice.xml");
        assertThat(pdf.rowCount()).isEqualTo(5);
        assertThat(read(exports.download(pdf.id()))).isEqualTo(expectedPdf.toByteArray());
        assertThat(new String(read(exports.download(ubl.id())), StandardCharsets.UTF_8))
                .isEqualTo(expectedXml.toString(StandardCharsets.UTF_8)).contains("<cbc:PayableAmount currencyID=\"USD\">1194.46<");
        assertThat(exports.history(PARTNER)).extracting(ExportTask::id).containsExactly(ubl.id(), pdf.id());
    }

    @Test
    void statementInvoiceTask_namesTheCustomerInTheFile() throws IOException {
        PartnerBilling billing = InvoiceMonths.billing();
        InvoiceMonths.issue(billing);
        ExportService exports = service(billing);

        ExportTask task = exports.submit(ExportRequest.statementInvoice(PARTNER, InvoiceMonths.C1, CYCLE, "ubl"));

        assertThat(task.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(task.kind()).isEqualTo(ExportKind.STATEMENT_INVOICE);
        assertThat(task.fileName()).contains("P1_2024-01_C1_invoice.xml");
        assertThat(new String(read(exports.download(task.id())), StandardCharsets.UTF_8))
                .contains("<cbc:PayableAmount currencyID=\"USD\">1607.34<");
    }

    @Test
    void submit_refusesWhatHasNoInvoice_andRecordsNothing() {
        PartnerBilling billing = InvoiceMonths.billing();
        ExportService exports = service(billing);
        ExportService noParties = ExportService.builder().billing(billing).sink(ExportSink.localDirectory(dir))
                .executor(Runnable::run).build();

        assertThatThrownBy(() -> exports.submit(ExportRequest.invoice(PARTNER, CYCLE, "pdf")))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("Bill of partner 'P1' for 2024-01 is not issued: it has no invoice yet");
        assertThatThrownBy(() -> exports.submit(ExportRequest.statementInvoice(PARTNER, CustomerId.of("C2"), CYCLE, "pdf")))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("Statement of customer 'C2' of reseller 'P1' for 2024-01 is not issued: it has no invoice yet");
        assertThatThrownBy(() -> noParties.submit(ExportRequest.invoice(PARTNER, CYCLE, "pdf")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Export service has no invoice parties (addresses and tax ids): set "
                        + "ExportService.builder().invoiceParties(..) to export ExportRequest[INVOICE P1 2024-01 pdf");
        assertThatThrownBy(() -> ExportRequest.invoice(PARTNER, CYCLE, "csv"))
                .isInstanceOf(InvalidValueException.class).hasMessage("Invoice format must be 'pdf' or 'ubl', was 'csv'");
        assertThat(exports.history(PARTNER)).isEmpty();
    }
}
