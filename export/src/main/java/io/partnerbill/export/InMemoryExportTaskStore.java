package io.partnerbill.export;

import io.partnerbill.core.PartnerId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

final class InMemoryExportTaskStore implements ExportTaskStore {

    private final Map<ExportTaskId, ExportTask> tasks = new LinkedHashMap<>();

    @Override
    public synchronized void save(ExportTask task) {
        Objects.requireNonNull(task, "task");
        tasks.put(task.id(), task);
    }

    @Override
    public synchronized Optional<ExportTask> find(ExportTaskId id) {
        return Optional.ofNullable(tasks.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized List<ExportTask> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        List<ExportTask> result = new ArrayList<>();
        for (ExportTask t : tasks.values()) {
            if (t.partner().equals(partner)) {
                result.add(t);
            }
        }
        return result;
    }
}
