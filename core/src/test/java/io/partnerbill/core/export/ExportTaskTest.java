package io.partnerbill.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportTaskTest {

    private static ExportTask.Builder pending() {
        return ExportTask.builder().id(ExportTaskId.of("t1")).kind(ExportKind.BILL).partner(PartnerId.of("P1"))
                .cycle(BillCycle.of(2024, 1)).format("json").createdAt(Instant.parse("2024-02-05T04:00:00Z"));
    }

    @Test
    void task_toBuilder_buildsAnEqualTask() {
        ExportTask task = pending().status(ExportStatus.COMPLETED).finishedAt(Instant.parse("2024-02-05T04:00:01Z"))
                .fileName("P1_2024-01_bill.json").rowCount(5).sizeBytes(100).sha256("ab").build();
        assertThat(task.toBuilder().build()).isEqualTo(task);
        assertThat(task.toString()).isEqualTo("ExportTask[t1 BILL P1 2024-01 json COMPLETED P1_2024-01_bill.json 5 rows 100 bytes]");
        assertThat(task.status().isFinal()).isTrue();
        assertThat(ExportStatus.RUNNING.isFinal()).isFalse();
    }

    @Test
    void task_refusesCompletedWithoutFileAndFailedWithoutError() {
        assertThatThrownBy(() -> pending().status(ExportStatus.COMPLETED).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("A COMPLETED export task needs a file name, a SHA-256 and a finished instant, task 't1'");
        assertThatThrownBy(() -> pending().status(ExportStatus.FAILED).finishedAt(Instant.EPOCH).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("A FAILED export task needs an error and a finished instant, task 't1'");
    }
}
