package io.partnerbill.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineSource;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.export.importing.BillDetailsImporter;
import io.partnerbill.export.importing.Difference;
import io.partnerbill.export.importing.ImportedBillDetails;
import io.partnerbill.export.importing.Reconciliation;
import io.partnerbill.export.importing.ReconciliationReport;
import io.partnerbill.export.importing.StatedTotals;
import io.partnerbill.export.json.PartnerBillJsonModule;
import io.partnerbill.export.tasks.ExportRequest;
import io.partnerbill.export.tasks.ExportService;
import io.partnerbill.export.tasks.ExportSink;
import io.partnerbill.export.testing.TestLines;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code that README.md and docs/export.md show, compiled and run. */
class ReadmeExportExamplesTest {

    @TempDir
    Path dir;

    private static MonetaryAmount usd(String amount) {
        return Money.of(new java.math.BigDecimal(amount), Monetary.getCurrency("USD"));
    }

    /** The month the README's examples export: one order of P1 in 2024-01 and a refund of half of it. */
    private static PartnerBilling billingWithAnOrderAndItsRefund() {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
        billing.lines().appendAll(List.of(
                TestLines.expenditure("O1", "C1", "PRD1", "100.00", "12.00").build(),
                TestLines.refund("R1", "O1", "C1", "PRD1", "-50.00", "12.00").build()));
        return billing;
    }

    @Test
    void exportTasks_history_download_reconcile() throws Exception {
        PartnerBilling billing = billingWithAnOrderAndItsRefund();
        PartnerId partner = PartnerId.of("P1");
        BillCycle cycle = BillCycle.of(2024, 1);
        Path exportDir = dir.resolve("exports");
        Path operatorCsv = Path.of(getClass().getResource("/operator-details-2024-01.csv").toURI());

        // --- README: export tasks
        ExecutorService executor = Executors.newFixedThreadPool(2);      // yours: partnerbill starts no thread
        ExportService exports = ExportService.builder()
                .billing(billing)
                .sink(ExportSink.localDirectory(exportDir))             // temp name, then atomic rename
                .executor(executor)
                .progressListener((task, rows, total) -> System.out.println(task.id() + ": " + rows + "/" + total))
                .build();

        ExportTask bill = exports.submit(ExportRequest.bill(partner, cycle, "json"));
        ExportTask details = exports.submit(ExportRequest.billDetails(partner, cycle, "csv"));
        ExportTask workbook = exports.submit(ExportRequest.billDetails(partner, cycle, "xlsx")
                .withMaxRowsPerFile(100_000));                           // more rows: a zip of parts
        executor.shutdown();
        executor.awaitTermination(1, TimeUnit.MINUTES);

        for (ExportTask task : exports.history(partner)) {                // newest first
            System.out.println(task.kind() + " " + task.format() + " " + task.status() + " "
                    + task.fileName().orElse("-") + " " + task.rowCount() + " rows, sha256 " + task.sha256().orElse("-"));
        }
        Path target = dir.resolve(exports.task(details.id()).orElseThrow().fileName().orElseThrow());
        try (InputStream in = exports.download(details.id())) {          // refused unless COMPLETED
            Files.copy(in, target);
        }

        // --- README: reconcile an operator bill-details file
        ImportedBillDetails file = BillDetailsImporter.of("USD").read(operatorCsv);
        StatedTotals stated = StatedTotals.of(partner, cycle,
                usd("276.63"), usd("-44.00"), usd("-5.00"), usd("227.63")); // as the operator's bill shows them
        ReconciliationReport report = Reconciliation.standard().reconcile(file, stated);
        report.differences().forEach(System.out::println);
        // line 4 Settlement Amount: expected 88.00000000, found 89.00000000
        // line 6 Settlement Amount: expected 30.00000000, found 10.00000000

        // --- README: JSON with your own ObjectMapper
        ObjectMapper mapper = new ObjectMapper().registerModule(new PartnerBillJsonModule());
        BillLine line = billing.lines().ofCycle(partner, cycle).get(0);
        String json = mapper.writeValueAsString(line);   // ..."customerExpenditure":{"amount":"100.00000000","currency":"USD"}...
        BillLine back = mapper.readValue(json, BillLine.class);

        // what the README promises
        assertThat(exports.history(partner)).extracting(ExportTask::status).containsOnly(ExportStatus.COMPLETED);
        assertThat(exports.history(partner)).extracting(ExportTask::id)
                .containsExactlyInAnyOrder(bill.id(), details.id(), workbook.id());
        assertThat(exports.task(workbook.id()).orElseThrow().fileName()).contains("P1_2024-01_details.xlsx");
        assertThat(BillDetailsImporter.of("USD").read(target).billLines())
                .isEqualTo(billing.lines().ofCycle(partner, cycle));
        assertThat(report.differences()).extracting(Difference::toString).containsExactly(
                "line 4 Settlement Amount: expected 88.00000000, found 89.00000000",
                "line 6 Settlement Amount: expected 30.00000000, found 10.00000000");
        assertThat(json).contains("\"customerExpenditure\":{\"amount\":\"100.00000000\",\"currency\":\"USD\"}");
        assertThat(back).isEqualTo(line);
    }

    @Test
    void exporters_directly_andChunking() throws Exception {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
        billing.lines().append(TestLines.expenditure("O1", "C1", "PRD1", "100.00", "12.00").build());
        PartnerId partner = PartnerId.of("P1");
        BillCycle cycle = BillCycle.of(2024, 1);

        // --- README: an exporter without tasks, streaming straight from the line store
        Exporters exporters = Exporters.builder().register(Exporter.csv(true)).register(Exporter.json()).build();
        Exporter csv = exporters.get("csv");
        try (var out = Files.newOutputStream(dir.resolve("details.csv"))) {
            LineWriter writer = csv.openLines(ExportContext.defaults(), out);
            billing.lines().scan(partner, cycle, line -> {
                try {
                    writer.write(line);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.finish();
        }
        // --- README: files of at most 100,000 rows, zipped
        try (var out = Files.newOutputStream(dir.resolve("details.zip"))) {
            LineWriter parts = ChunkedDetails.of(csv, partner, cycle).withMaxRows(100_000).openZip(out);
            for (BillLine line : billing.lines().ofCycle(partner, cycle)) {
                parts.write(line);
            }
            parts.finish();                                   // P1_2024-01_details_1.csv, _2.csv, ...
        }

        assertThat(Files.readAllBytes(dir.resolve("details.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(BillDetailsImporter.of("USD").read(dir.resolve("details.csv")).size()).isEqualTo(1);
        try (var zip = new java.util.zip.ZipFile(dir.resolve("details.zip").toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).containsExactly("P1_2024-01_details_1.csv");
        }
    }

    @Test
    void htmlReport() throws Exception {
        PartnerBilling billing = billingWithAnOrderAndItsRefund();
        PartnerId partner = PartnerId.of("P1");
        BillCycle cycle = BillCycle.of(2024, 1);
        io.partnerbill.core.bill.MonthlyBill bill = billing.bills().calculate(partner, cycle);
        NameDirectory names = NameDirectory.none();
        Path file = dir.resolve("P1_2024-01_bill.html");

        // docs/export.md, "HTML report"
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            Exporter.html().writeBill(BillDocument.of(bill),
                    LineSource.of(billing.lines(), partner, cycle),                // streamed once
                    ExportContext.defaults().withNames(names).withCalendar(billing.calendar()), out);
        }

        assertThat(Files.readString(file)).contains("<span class=\"ccy\">USD</span> 44.00</div>",
                "data-day=\"15\" data-value=\"88.00000000\"", ">R1<");
    }
}
