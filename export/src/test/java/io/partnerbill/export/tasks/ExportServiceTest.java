package io.partnerbill.export.tasks;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.expenditure;
import static io.partnerbill.export.testing.TestLines.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import io.partnerbill.core.store.ExportTaskStore;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.ExportersTest;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.importing.BillDetailsImporter;
import io.partnerbill.export.json.PartnerBillJsonModule;
import io.partnerbill.export.testing.TestLines;
import io.partnerbill.testkit.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    /** A clock that moves one second forward at each reading: the first reads 2024-02-05T04:00:01Z. */
    static Clock stepClock() {
        return MutableClock.stepping(Instant.parse("2024-02-05T04:00:00Z"), Duration.ofSeconds(1));
    }

    /** Runs submitted tasks only when told. */
    static final class QueueExecutor implements Executor {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    @TempDir
    Path dir;

    private PartnerBilling billing;
    private List<BillLine> lines;

    @BeforeEach
    void setUp() {
        billing = PartnerBilling.builder().currency("USD").build();
        lines = List.of(expenditure("O1", "C1", "PRD1", "10.00", "12.00").productName("=1+1").build(),
                expenditure("O2", "C2", "PRD2", "3.33333333", "10.00").build(),
                refund("R1", "O1", "C1", "PRD1", "-2.00", "12.00").build());
        billing.lines().appendAll(lines);
    }

    private ExportService.Builder service(Executor executor) {
        return ExportService.builder().billing(billing).sink(ExportSink.localDirectory(dir)).executor(executor)
                .clock(stepClock());
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<Path> visibleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    // ---- success

    @Test
    void billDetailsCsv_completesWithFileRowsSizeAndSha256() throws Exception {
        ExportService exports = service(Runnable::run).build();
        ExportTask task = exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv"));

        assertThat(task.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(task.kind()).isEqualTo(ExportKind.BILL_DETAILS);
        assertThat(task.format()).isEqualTo("csv");
        assertThat(task.fileName()).contains("P1_2024-01_details.csv");
        assertThat(task.rowCount()).isEqualTo(3);
        assertThat(task.createdAt()).isEqualTo(Instant.parse("2024-02-05T04:00:01Z"));
        assertThat(task.finishedAt()).contains(Instant.parse("2024-02-05T04:00:02Z"));
        assertThat(task.error()).isEmpty();
        byte[] file = read(exports.download(task.id()));
        assertThat(task.sizeBytes()).isEqualTo(file.length);
        assertThat(task.sha256()).contains(sha256(file));
        assertThat(BillDetailsImporter.of("USD").read("download.csv", new ByteArrayInputStream(file)).billLines())
                .isEqualTo(lines);
        assertThat(visibleFiles()).containsExactly(dir.resolve(task.id().value()).resolve("P1_2024-01_details.csv"));
    }

    @Test
    void billJson_completesWithTheBillDocument() throws Exception {
        ExportService exports = service(Runnable::run).build();
        ExportTask task = exports.submit(ExportRequest.bill(PARTNER, CYCLE, "JSON"));

        assertThat(task.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(task.kind()).isEqualTo(ExportKind.BILL);
        assertThat(task.fileName()).contains("P1_2024-01_bill.json");
        BillDocument back = PartnerBillJsonModule.newObjectMapper().readValue(read(exports.download(task.id())),
                BillDocument.class);
        assertThat(back).isEqualTo(BillDocument.of(billing.bills().calculate(PARTNER, CYCLE)));
        assertThat(back.netSettlement()).isEqualTo(TestLines.usd("10.04"));
    }

    @Test
    void billDetailsXlsx_andBillCsvAndXlsx_complete() throws Exception {
        ExportService exports = service(Runnable::run).build();
        ExportTask details = exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "xlsx"));
        ExportTask billCsv = exports.submit(ExportRequest.bill(PARTNER, CYCLE, "csv"));
        ExportTask billXlsx = exports.submit(ExportRequest.bill(PARTNER, CYCLE, "xlsx"));

        assertThat(details.fileName()).contains("P1_2024-01_details.xlsx");
        assertThat(read(exports.download(details.id()))).startsWith('P', 'K');
        assertThat(billXlsx.fileName()).contains("P1_2024-01_bill.xlsx");
        String csv = new String(read(exports.download(billCsv.id())), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Partner ID,Billing Cycle,Section,Item,Name,Customer Expenditure,Amount,Lines,Currency\r\n")
                .contains("P1,2024-01,Summary,Net Settlement,,,10.04,3,USD\r\n")
                .contains("P1,2024-01,Summary,Expenditures,,,11.80,,USD\r\n")
                .contains("P1,2024-01,By product,PRD1,'=1+1,10.00,8.80,,USD\r\n")
                .contains("P1,2024-01,By customer,C1,,,7.04,2,USD\r\n");
        assertThat(billCsv.rowCount()).isEqualTo(10 + 6 + 4);
    }

    @Test
    void billHtml_streamsTheCycleLinesInTheFacadesBillingZone() throws Exception {
        PartnerBilling newYork = PartnerBilling.builder().currency("USD")
                .calendar(io.partnerbill.core.BillingCalendar.of(ZoneId.of("America/New_York"))).build();
        newYork.lines().append(expenditure("O9", "C1", "PRD1", "10.00", "0")
                .transactionTime(Instant.parse("2024-01-21T02:00:00Z")).build());
        ExportService exports = ExportService.builder().billing(newYork).sink(ExportSink.localDirectory(dir))
                .executor(Runnable::run).clock(stepClock()).build();
        ExportTask task = exports.submit(ExportRequest.bill(PARTNER, CYCLE, "html"));

        assertThat(task.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(task.fileName()).contains("P1_2024-01_bill.html");
        String html = new String(read(exports.download(task.id())), java.nio.charset.StandardCharsets.UTF_8);
        // 02:00Z on the 21st is the evening of the 20th in New York
        assertThat(html).contains("data-day=\"20\" data-value=\"10.00000000\"", "billing zone America/New_York",
                "<span class=\"ccy\">USD</span> 10.00</div>");
    }

    @Test
    void billOfAFormatWithoutLines_neverScansThem() throws Exception {
        List<String> scanned = new ArrayList<>();
        Exporter recording = new ExportersTest.TsvLike();
        assertThat(recording.writeBill(BillDocument.of(billing.bills().calculate(PARTNER, CYCLE)),
                action -> scanned.add("scanned"), ExportContext.defaults(), OutputStream.nullOutputStream())).isZero();
        assertThat(scanned).isEmpty();
    }

    @Test
    void billDetails_overTheRowLimit_areAZipOfParts() throws Exception {
        ExportService exports = service(Runnable::run).build();
        ExportTask task = exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv").withMaxRowsPerFile(2));

        assertThat(task.fileName()).contains("P1_2024-01_details.zip");
        assertThat(task.rowCount()).isEqualTo(3);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(exports.download(task.id()))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("P1_2024-01_details_1.csv", "P1_2024-01_details_2.csv");
    }

    @Test
    void progress_isReportedWithTheTotalOfTheDetails() {
        List<String> reports = new ArrayList<>();
        ExportService exports = service(Runnable::run)
                .progressListener((task, rows, total) -> reports.add(task.status() + " " + rows + "/" + total))
                .build();
        exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv"));
        assertThat(reports).containsExactly("RUNNING 3/" + OptionalLong.of(3));
    }

    // ---- failure

    @Test
    void sinkFailingMidway_leavesFailedTaskWithItsErrorAndNoFinishedFile() throws Exception {
        ExportSink local = ExportSink.localDirectory(dir);
        ExportSink failing = new ExportSink() {
            @Override
            public PendingFile create(ExportTaskId task, String fileName) throws IOException {
                PendingFile real = local.create(task, fileName);
                OutputStream breaking = new OutputStream() {
                    private long written;

                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (written + len > 600) {
                            throw new IOException("disk full");
                        }
                        written += len;
                        real.stream().write(b, off, len);
                    }
                };
                return new PendingFile() {
                    @Override
                    public OutputStream stream() {
                        return breaking;
                    }

                    @Override
                    public void commit() throws IOException {
                        real.commit();
                    }

                    @Override
                    public void close() throws IOException {
                        real.close();
                    }
                };
            }

            @Override
            public InputStream open(ExportTaskId task, String fileName) throws IOException {
                return local.open(task, fileName);
            }
        };
        billing.lines().appendAll(java.util.stream.LongStream.rangeClosed(10, 200).mapToObj(TestLines::generated).toList());
        ExportService exports = ExportService.builder().billing(billing).sink(failing).executor(Runnable::run)
                .clock(stepClock()).build();

        ExportTask task = exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv"));

        assertThat(task.status()).isEqualTo(ExportStatus.FAILED);
        assertThat(task.error()).contains("java.io.IOException: disk full");
        assertThat(task.finishedAt()).isPresent();
        assertThat(task.fileName()).isEmpty();
        assertThat(task.sha256()).isEmpty();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).toList()).as("no file, finished-looking or temporary").isEmpty();
        }
        assertThatThrownBy(() -> exports.download(task.id()))
                .isInstanceOf(ExportNotAvailableException.class)
                .hasMessage("Export task '" + task.id() + "' FAILED, nothing to download: java.io.IOException: disk full")
                .satisfies(e -> assertThat(((ExportNotAvailableException) e).status()).isEqualTo(ExportStatus.FAILED));
    }

    @Test
    void executorRejecting_recordsFailedAndRethrows() {
        ExportService exports = service(command -> {
            throw new RejectedExecutionException("queue full");
        }).build();
        assertThatThrownBy(() -> exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv")))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessage("queue full");
        assertThat(exports.history(PARTNER)).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(ExportStatus.FAILED);
            assertThat(t.error()).contains("java.util.concurrent.RejectedExecutionException: queue full");
        });
    }

    @Test
    void unknownFormat_isRefusedAndNothingIsRecorded() {
        ExportService exports = service(Runnable::run).build();
        assertThatThrownBy(() -> exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "pdf")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown export format 'pdf', registered: [csv, json, xlsx, html]");
        assertThat(exports.history(PARTNER)).isEmpty();
    }

    // ---- pending, running, download refusals, history

    @Test
    void pendingTask_isListedAndItsDownloadRefusedUntilItRuns() throws Exception {
        QueueExecutor executor = new QueueExecutor();
        ExportService exports = service(executor).build();
        ExportTask task = exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv"));

        assertThat(task.status()).isEqualTo(ExportStatus.PENDING);
        assertThat(exports.history(PARTNER)).containsExactly(task);
        assertThatThrownBy(() -> exports.download(task.id()))
                .isInstanceOf(ExportNotAvailableException.class)
                .hasMessage("Export task '" + task.id() + "' is PENDING, not COMPLETED: nothing to download yet");
        assertThat(visibleFiles()).isEmpty();

        executor.runAll();
        assertThat(exports.task(task.id()).orElseThrow().status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(read(exports.download(task.id()))).isNotEmpty();
    }

    @Test
    void runningTask_refusesDownload() {
        List<Throwable> refusals = new ArrayList<>();
        ExportService[] exports = new ExportService[1];
        exports[0] = service(Runnable::run).progressListener((task, rows, total) -> {
            try {
                exports[0].download(task.id());
            } catch (ExportNotAvailableException e) {
                refusals.add(e);
            }
        }).build();
        ExportTask task = exports[0].submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv"));

        assertThat(refusals).singleElement().satisfies(e -> assertThat(e)
                .hasMessage("Export task '" + task.id() + "' is RUNNING, not COMPLETED: nothing to download yet"));
        assertThat(task.status()).isEqualTo(ExportStatus.COMPLETED);
    }

    @Test
    void unknownTask_download_isRefused() {
        ExportService exports = service(Runnable::run).build();
        assertThatThrownBy(() -> exports.download(ExportTaskId.of("nope")))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("Unknown export task 'nope'");
    }

    @Test
    void history_isNewestFirstAndPerPartner() {
        ExportService exports = service(Runnable::run).build();
        ExportTask first = exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv"));
        ExportTask other = exports.submit(ExportRequest.billDetails(PartnerId.of("P2"), CYCLE, "csv"));
        ExportTask second = exports.submit(ExportRequest.bill(PARTNER, CYCLE, "json"));
        ExportTask third = exports.submit(ExportRequest.billDetails(PARTNER, CYCLE.previous(), "xlsx"));

        assertThat(exports.history(PARTNER)).extracting(ExportTask::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(exports.history(PartnerId.of("P2"))).extracting(ExportTask::id).containsExactly(other.id());
        assertThat(other.rowCount()).isZero();
        assertThat(third.rowCount()).isZero();
    }

    @Test
    void history_sameInstant_keepsNewestSubmissionFirst() {
        Clock fixed = Clock.fixed(Instant.parse("2024-02-05T04:00:00Z"), ZoneOffset.UTC);
        ExportService exports = service(Runnable::run).clock(fixed).build();
        ExportTask a = exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv"));
        ExportTask b = exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "json"));
        assertThat(exports.history(PARTNER)).extracting(ExportTask::id).containsExactly(b.id(), a.id());
    }

    @Test
    void history_isKeptByTheBillingStore_byDefault() {
        ExportTask task = service(Runnable::run).build().submit(ExportRequest.bill(PARTNER, CYCLE, "json"));

        assertThat(billing.store().exportTasks().find(task.id())).map(ExportTask::status).contains(ExportStatus.COMPLETED);
        // a second service on the same billing sees the same history
        assertThat(service(Runnable::run).build().history(PARTNER)).extracting(ExportTask::id).containsExactly(task.id());
    }

    @Test
    void taskStore_overridesTheBillingStore() {
        ExportTaskStore own = ExportTaskStore.inMemory();
        ExportService exports = service(Runnable::run).taskStore(own).build();
        ExportTask task = exports.submit(ExportRequest.bill(PARTNER, CYCLE, "json"));

        assertThat(own.find(task.id())).map(ExportTask::status).contains(ExportStatus.COMPLETED);
        assertThat(exports.history(PARTNER)).extracting(ExportTask::id).containsExactly(task.id());
        assertThat(billing.store().exportTasks().ofPartner(PARTNER)).isEmpty();
    }
}
