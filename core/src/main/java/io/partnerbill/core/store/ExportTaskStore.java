package io.partnerbill.core.store;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps export tasks: the history behind {@code io.partnerbill.export.ExportService#history},
 * grouped with the other stores by {@link BillingStore#exportTasks()}. Implementations must be
 * thread-safe: a task is saved from the submitting thread and then from the executor's thread.
 */
public interface ExportTaskStore {

    /**
     * Stores a task, replacing the stored task with the same id.
     *
     * @param task the task, not null
     */
    void save(ExportTask task);

    /**
     * Finds a task.
     *
     * @param id the id, not null
     * @return the task, or empty, not null
     */
    Optional<ExportTask> find(ExportTaskId id);

    /**
     * Lists a partner's tasks in the order they were first saved.
     *
     * @param partner the partner, not null
     * @return the tasks, not null
     */
    List<ExportTask> ofPartner(PartnerId partner);

    /**
     * Returns a new, empty, thread-safe store in memory, outside any {@link BillingStore}.
     *
     * @return the store, not null
     */
    static ExportTaskStore inMemory() {
        return new InMemoryExportTaskStore(new MemoryTx());
    }
}
