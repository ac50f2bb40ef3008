package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export killed half-way leaves its task RUNNING and a {@code .part} file; the next command on
 * the database marks it FAILED "interrupted" and removes the file (before: RUNNING for ever).
 */
class InterruptedExportCliTest {

    @TempDir
    Path temp;

    @Test
    void history_afterAKilledExport_showsItFailedInterrupted_andItsTempFileIsGone() throws Exception {
        Path db = temp.resolve("db");
        CliRunner demo = CliRunner.run("demo", "--orders", "200", "--month", "2024-02", "--db", db.toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        ExportTaskId killed = ExportTaskId.random();
        Path part = db.resolve("exports").resolve(killed.value()).resolve(".P-KA-0001_2024-02_details.csv.1234.part");
        try (DemoDatabase opened = DemoDatabase.open(db)) {
            // What a process killed while writing details leaves behind.
            opened.store().exportTasks().save(ExportTask.builder().id(killed).kind(ExportKind.BILL_DETAILS)
                    .partner(PartnerId.of(DemoWorld.PARTNER.value())).cycle(BillCycle.parse("2024-02")).format("csv")
                    .createdAt(Instant.parse("2024-03-05T04:00:00Z")).build().toBuilder().status(ExportStatus.RUNNING)
                    .build());
        }
        Files.createDirectories(part.getParent());
        Files.writeString(part, "Customer ID,Billing Cycle\n", StandardCharsets.UTF_8);

        CliRunner history = CliRunner.run("history", "--db", db.toString());

        assertThat(history.exitCode()).as(history.err()).isZero();
        String line = history.out().lines().filter(l -> l.contains("BILL_DETAILS") && l.contains("2024-03-05T04:00:00Z"))
                .findFirst().orElseThrow(() -> new AssertionError("the killed task in\n" + history.out()));
        assertThat(line).contains("FAILED").endsWith("interrupted");
        assertThat(history.out()).doesNotContain("RUNNING").contains("COMPLETED");
        assertThat(part).doesNotExist();
        assertThat(part.getParent()).doesNotExist();
    }
}
