package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.ExportTaskStore;
import io.partnerbill.testkit.BillingFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ExportTaskStore} meets. A store implementation extends this class
 * and returns a new, empty {@link BillingStore} from {@link #createStore()}.
 */
public abstract class AbstractExportTaskStoreContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractExportTaskStoreContractTest() {
    }

    private static final Instant T0 = Instant.parse("2024-02-05T04:00:00Z");

    /** A PENDING bill export of the fixtures' partner, created {@code minutes} after T0. */
    static ExportTask pending(String id, int minutes) {
        return pending(id, BillingFixtures.PARTNER, minutes);
    }

    static ExportTask pending(String id, PartnerId partner, int minutes) {
        return ExportTask.builder().id(ExportTaskId.of(id)).kind(ExportKind.BILL).partner(partner)
                .cycle(BillingFixtures.CYCLE).format("json").createdAt(T0.plusSeconds(60L * minutes)).build();
    }

    /** The task, COMPLETED with every optional fact set. */
    static ExportTask completed(ExportTask task) {
        return task.toBuilder().status(ExportStatus.COMPLETED).finishedAt(task.createdAt().plusMillis(1500))
                .fileName("P-100_2024-01_bill.json").rowCount(12_345_678_901L).sizeBytes(9_876_543_210L)
                .sha256("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855").build();
    }

    /** The task, FAILED with an error holding quotes, a tab, a line break and non-ASCII text. */
    static ExportTask failed(ExportTask task) {
        return task.toBuilder().status(ExportStatus.FAILED).finishedAt(task.createdAt().plusSeconds(2))
                .error("Disk full: 'exports/P-100' \t 100%\nsecond line, é 中").build();
    }

    @Test
    public void save_thenFind_givesTheSameTask() {
        store.exportTasks().save(pending("T1", 0));

        assertThat(store.exportTasks().find(ExportTaskId.of("T1"))).contains(pending("T1", 0));
        assertThat(store.exportTasks().find(ExportTaskId.of("T2"))).isEmpty();
    }

    @Test
    public void save_keepsEveryFactOfAFinishedTask() {
        ExportTask done = completed(pending("T1", 0));
        ExportTask bad = failed(pending("T2", 1).toBuilder().kind(ExportKind.BILL_DETAILS).format("csv")
                .cycle(BillCycle.of(2023, 12)).build());
        store.exportTasks().save(done);
        store.exportTasks().save(bad);

        assertThat(store.exportTasks().find(ExportTaskId.of("T1"))).contains(done);
        assertThat(store.exportTasks().find(ExportTaskId.of("T2"))).contains(bad);
    }

    @Test
    public void save_withAStoredId_replacesTheTask() {
        ExportTask task = pending("T1", 0);
        store.exportTasks().save(task);
        ExportTask running = task.toBuilder().status(ExportStatus.RUNNING).build();
        store.exportTasks().save(running);
        store.exportTasks().save(completed(running));

        assertThat(store.exportTasks().find(ExportTaskId.of("T1"))).contains(completed(running));
        assertThat(store.exportTasks().ofPartner(BillingFixtures.PARTNER)).containsExactly(completed(running));
    }

    @Test
    public void ofPartner_listsOnlyThatPartnersTasks_inTheOrderFirstSaved() {
        PartnerId other = PartnerId.of("P-200");
        store.exportTasks().save(pending("T2", 5));
        store.exportTasks().save(pending("T1", 0));
        store.exportTasks().save(pending("X1", other, 1));
        store.exportTasks().save(pending("T3", 9));
        // replacing a task keeps its place
        store.exportTasks().save(completed(pending("T2", 5)));

        assertThat(store.exportTasks().ofPartner(BillingFixtures.PARTNER))
                .containsExactly(completed(pending("T2", 5)), pending("T1", 0), pending("T3", 9));
        assertThat(store.exportTasks().ofPartner(other)).containsExactly(pending("X1", other, 1));
        assertThat(store.exportTasks().ofPartner(PartnerId.of("P-300"))).isEmpty();
    }

    @Test
    public void failedTransaction_leavesNoTaskBehind() {
        store.exportTasks().save(pending("T1", 0));

        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.exportTasks().save(completed(pending("T1", 0)));
            s.exportTasks().save(pending("T2", 1));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(store.exportTasks().find(ExportTaskId.of("T1"))).contains(pending("T1", 0));
        assertThat(store.exportTasks().find(ExportTaskId.of("T2"))).isEmpty();
        assertThat(store.exportTasks().ofPartner(BillingFixtures.PARTNER)).containsExactly(pending("T1", 0));
    }

    @Test
    public void committedTransaction_keepsItsTasks() {
        store.inTransaction(s -> {
            s.exportTasks().save(pending("T1", 0));
            s.exportTasks().save(pending("T2", 1));
            return null;
        });

        assertThat(store.exportTasks().ofPartner(BillingFixtures.PARTNER)).containsExactly(pending("T1", 0), pending("T2", 1));
    }
}
