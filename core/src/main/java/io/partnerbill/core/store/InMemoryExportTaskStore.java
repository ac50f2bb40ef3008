package io.partnerbill.core.store;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

final class InMemoryExportTaskStore implements ExportTaskStore {

    private final MemoryTx tx;
    private final Map<ExportTaskId, ExportTask> tasks = new LinkedHashMap<>();

    InMemoryExportTaskStore(MemoryTx tx) {
        this.tx = tx;
    }

    @Override
    public void save(ExportTask task) {
        Objects.requireNonNull(task, "task");
        tx.locked(() -> {
            ExportTask old = tasks.put(task.id(), task);
            tx.onRollback(() -> {
                if (old == null) {
                    tasks.remove(task.id());
                } else {
                    tasks.put(task.id(), old);
                }
            });
        });
    }

    @Override
    public Optional<ExportTask> find(ExportTaskId id) {
        Objects.requireNonNull(id, "id");
        return tx.locked(() -> Optional.ofNullable(tasks.get(id)));
    }

    @Override
    public List<ExportTask> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.locked(() -> tasks.values().stream().filter(t -> t.partner().equals(partner)).toList());
    }
}
