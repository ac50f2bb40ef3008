package io.partnerbill.core.store;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class InMemoryExportTaskStore implements ExportTaskStore {

    private final MemoryTable<ExportTaskId, ExportTask> tasks;

    InMemoryExportTaskStore(MemoryTx tx) {
        this.tasks = new MemoryTable<>(tx, new LinkedHashMap<>(), ExportTask::id);
    }

    @Override
    public void save(ExportTask task) {
        tasks.put(Objects.requireNonNull(task, "task"));
    }

    @Override
    public Optional<ExportTask> find(ExportTaskId id) {
        return tasks.find(Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<ExportTask> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tasks.where(t -> t.partner().equals(partner));
    }
}
