package io.partnerbill.export.tasks;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.expenditure;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import io.partnerbill.testkit.LogCapture;
import io.partnerbill.testkit.LogCapture.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What export tasks log through System.Logger "io.partnerbill.export", captured: the start at DEBUG,
 * the finish at INFO with the file, rows and bytes, a failure at WARNING with its cause, and each task
 * recovered after a crash at WARNING.
 */
class ExportLoggingTest {

    @TempDir
    Path dir;

    private final PartnerBilling billing = PartnerBilling.builder().currency("USD").build();

    private ExportService service(ExportSink sink) {
        return ExportService.builder().billing(billing).sink(sink).executor(Runnable::run)
                .clock(ExportServiceTest.stepClock()).build();
    }

    @Test
    void aTask_logsItsStartAtDebug_andItsFinishAtInfo() throws IOException {
        billing.lines().append(expenditure("O1", "C1", "PRD1", "10.00", "12.00").build());
        ExportService exports = service(ExportSink.localDirectory(dir));
        try (LogCapture log = LogCapture.start("io.partnerbill.export")) {
            ExportTask task = exports.submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv"));

            long bytes;
            try (InputStream in = exports.download(task.id())) {
                bytes = in.readAllBytes().length;
            }
            assertThat(log.entries()).containsExactly(
                    new Entry(Level.DEBUG, "Export task '" + task.id() + "' started: csv BILL_DETAILS of partner 'P1'"
                            + " for 2024-01"),
                    new Entry(Level.INFO, "Export task '" + task.id() + "' finished: P1_2024-01_details.csv, 1 rows, "
                            + bytes + " bytes"));
        }
    }

    @Test
    void aFailedTask_isLoggedAtWarning_withItsCause() {
        ExportSink full = new ExportSink() {
            @Override
            public PendingFile create(ExportTaskId task, String fileName) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public InputStream open(ExportTaskId task, String fileName) throws IOException {
                throw new IOException("never written");
            }
        };
        try (LogCapture log = LogCapture.start("io.partnerbill.export")) {
            ExportTask task = service(full).submit(ExportRequest.billDetails(PARTNER, CYCLE, "csv"));

            List<Entry> entries = log.entries();
            assertThat(entries).hasSize(2);
            assertThat(entries.get(1).level()).isEqualTo(Level.WARNING);
            assertThat(entries.get(1).message())
                    .isEqualTo("Export task '" + task.id() + "' failed: java.io.IOException: disk full");
            assertThat(entries.get(1).thrown()).get().extracting(Throwable::getMessage).isEqualTo("disk full");
        }
    }

    @Test
    void aTaskRecoveredAfterACrash_isLoggedAtWarning() {
        ExportTask running = ExportTask.builder().id(ExportTaskId.of("t-1")).kind(ExportKind.BILL).partner(PARTNER)
                .cycle(CYCLE).format("json").createdAt(Instant.parse("2024-02-05T04:30:00Z")).build().toBuilder()
                .status(ExportStatus.RUNNING).build();
        billing.store().exportTasks().save(running);
        try (LogCapture log = LogCapture.start("io.partnerbill.export")) {
            service(ExportSink.localDirectory(dir)).recoverInterrupted(PARTNER, Instant.MAX);

            assertThat(log.entries()).containsExactly(new Entry(Level.WARNING,
                    "Export task 't-1' of partner 'P1' was left RUNNING by a process that ended; marked FAILED"));
        }
    }
}
