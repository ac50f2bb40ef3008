package io.partnerbill.export;

import io.partnerbill.core.PartnerId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps export tasks: the history behind {@link ExportService#history}. DESIGN.md names this
 * SPI among core's stores; it lives in the export module so that core stays free of export
 * types. Implementations must be thread-safe: a task is saved from the submitting thread and
 * then from the executor's thread.
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
     * Returns a new, empty, thread-safe store in memory.
     *
     * @return the store, not null
     */
    static ExportTaskStore inMemory() {
        return new InMemoryExportTaskStore();
    }
}
