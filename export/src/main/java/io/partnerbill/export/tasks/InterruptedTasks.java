package io.partnerbill.export.tasks;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.store.ExportTaskStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link ExportService#recoverInterrupted}: unfinished tasks of a dead process become FAILED "interrupted". */
final class InterruptedTasks {

    private InterruptedTasks() {
    }

    static List<ExportTask> recover(ExportTaskStore tasks, ExportSink sink, Clock clock, PartnerId partner,
            Instant createdBefore) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(createdBefore, "createdBefore");
        List<ExportTask> recovered = new ArrayList<>();
        for (ExportTask task : tasks.ofPartner(partner)) {
            if (!unfinished(task) || !task.createdAt().isBefore(createdBefore)) {
                continue;
            }
            try {
                // The files first: a task marked FAILED whose temporary file stayed would never be looked at again.
                sink.discardPending(task.id());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the temporary files of interrupted export task '"
                        + task.id() + "'", e);
            }
            ExportTask failed = task.toBuilder().status(ExportStatus.FAILED).finishedAt(clock.instant()).fileName(null)
                    .sha256(null).sizeBytes(0).rowCount(0).error(ExportService.INTERRUPTED).build();
            tasks.save(failed);
            ExportLog.interrupted(task);
            recovered.add(failed);
        }
        return List.copyOf(recovered);
    }

    private static boolean unfinished(ExportTask task) {
        return task.status() == ExportStatus.PENDING || task.status() == ExportStatus.RUNNING;
    }
}
