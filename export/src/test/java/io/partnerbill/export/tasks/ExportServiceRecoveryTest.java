package io.partnerbill.export.tasks;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExportService#recoverInterrupted}: what a killed process left unfinished, and only that. */
class ExportServiceRecoveryTest {

    private static final Instant CUT_OFF = Instant.parse("2024-02-05T05:00:00Z");

    @TempDir
    Path dir;

    private final PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
    private Path root;

    private ExportService service() {
        return ExportService.builder().billing(billing).sink(ExportSink.localDirectory(root)).executor(Runnable::run)
                .clock(ExportServiceTest.stepClock()).build();
    }

    /** A task as a process killed while writing it leaves it: RUNNING, with a temporary file in the sink. */
    private ExportTask killedWhileWriting(String createdAt) throws IOException {
        ExportTask task = ExportTask.builder().id(ExportTaskId.random()).kind(ExportKind.BILL_DETAILS).partner(PARTNER)
                .cycle(CYCLE).format("csv").createdAt(Instant.parse(createdAt)).build().toBuilder()
                .status(ExportStatus.RUNNING).build();
        billing.store().exportTasks().save(task);
        ExportSink.PendingFile file = ExportSink.localDirectory(root).create(task.id(), "P1_2024-01_details.csv");
        file.stream().write("Customer ID,Billing Cycle\n".getBytes(StandardCharsets.UTF_8));
        file.stream().close(); // the bytes reach the file; the pending file is never committed nor discarded
        return task;
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void killedTasks_becomeFailedInterrupted_theirTempFilesGo_finishedAndLaterTasksStay() throws Exception {
        root = dir.resolve("exports");
        billing.lines().append(expenditure("O1", "C1", "PRD1", "10.00", "12.00").build());
        ExportService exports = service();
        ExportTask completed = exports.submit(ExportRequest.bill(PARTNER, CYCLE, "csv"));
        ExportTask killed = killedWhileWriting("2024-02-05T04:30:00Z");
        ExportTask pending = ExportTask.builder().id(ExportTaskId.random()).kind(ExportKind.BILL).partner(PARTNER)
                .cycle(CYCLE).format("json").createdAt(Instant.parse("2024-02-05T04:40:00Z")).build();
        billing.store().exportTasks().save(pending);
        // Created at the cut-off: another live process may still be writing it.
        ExportTask live = killedWhileWriting("2024-02-05T05:00:00Z");
        assertThat(tempFiles()).hasSize(2);

        List<ExportTask> recovered = exports.recoverInterrupted(PARTNER, CUT_OFF);

        assertThat(recovered).extracting(ExportTask::id).containsExactly(killed.id(), pending.id());
        for (ExportTask task : recovered) {
            assertThat(task.status()).isEqualTo(ExportStatus.FAILED);
            assertThat(task.error()).contains("interrupted");
            assertThat(task.finishedAt()).isPresent();
            assertThat(task.fileName()).isEmpty();
            assertThat(exports.task(task.id())).contains(task);
        }
        assertThatThrownBy(() -> exports.download(killed.id())).isInstanceOf(ExportNotAvailableException.class)
                .hasMessage("Export task '" + killed.id() + "' FAILED, nothing to download: interrupted");
        assertThat(tempFiles()).singleElement().satisfies(f -> assertThat(f.getParent().getFileName().toString())
                .isEqualTo(live.id().value()));
        assertThat(root.resolve(killed.id().value())).doesNotExist();
        assertThat(exports.task(live.id())).contains(live);
        assertThat(exports.task(completed.id())).contains(completed);
        try (InputStream in = exports.download(completed.id())) {
            assertThat(in.readAllBytes()).hasSize((int) completed.sizeBytes());
        }
        // A second start-up finds nothing more to do.
        assertThat(exports.recoverInterrupted(PARTNER, CUT_OFF)).isEmpty();
        assertThat(exports.task(killed.id())).contains(recovered.get(0));
    }

    @Test
    void localDirectory_discardPending_removesOnlyTemporaryFiles() throws Exception {
        root = dir.resolve("sink");
        ExportTask killed = killedWhileWriting("2024-02-05T04:30:00Z");
        Path folder = root.resolve(killed.id().value());
        Files.writeString(folder.resolve("notes.txt"), "the user's");

        assertThat(ExportSink.localDirectory(root).discardPending(killed.id())).isEqualTo(1);

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
        assertThat(ExportSink.localDirectory(root).discardPending(ExportTaskId.random())).isZero();
    }
}
