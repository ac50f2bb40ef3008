package io.partnerbill.jdbc;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import io.partnerbill.core.store.ExportTaskStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ExportTaskStore} on table {@code pb_export_task} (schema V008): unique task id, the
 * order first saved by {@code seq}. Saving a stored id updates its row, keeping its place.
 */
final class JdbcExportTaskStore implements ExportTaskStore {

    private static final String SELECT = "SELECT id, kind, partner_id, bill_cycle, format, status, created_at, "
            + "created_nanos, finished_at, finished_nanos, file_name, row_count, size_bytes, sha256, error "
            + "FROM pb_export_task ";
    private static final String UPDATE = "UPDATE pb_export_task SET kind = ?, partner_id = ?, bill_cycle = ?, "
            + "format = ?, status = ?, created_at = ?, created_nanos = ?, finished_at = ?, finished_nanos = ?, "
            + "file_name = ?, row_count = ?, size_bytes = ?, sha256 = ?, error = ? WHERE id = ?";
    private static final String INSERT = "INSERT INTO pb_export_task (kind, partner_id, bill_cycle, format, status, "
            + "created_at, created_nanos, finished_at, finished_nanos, file_name, row_count, size_bytes, sha256, error, id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Transactions tx;

    JdbcExportTaskStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(ExportTask task) {
        Objects.requireNonNull(task, "task");
        tx.runOrNull("save export task '" + task.id() + "'", (c, dialect) -> {
            if (update(c, task) > 0) {
                return null;
            }
            if (!Sql.insertUnlessDuplicate(c, dialect, INSERT, s -> bind(s, task))) {
                update(c, task); // saved meanwhile by another thread
            }
            return null;
        });
    }

    private static int update(Connection c, ExportTask task) throws SQLException {
        return Sql.update(c, UPDATE, s -> bind(s, task));
    }

    /** Binds the columns in the order of {@link #UPDATE} and {@link #INSERT}: id last. */
    private static void bind(PreparedStatement s, ExportTask task) throws SQLException {
        s.setString(1, task.kind().name());
        s.setString(2, task.partner().value());
        s.setString(3, task.cycle().toString());
        s.setString(4, task.format());
        s.setString(5, task.status().name());
        Sql.setInstant(s, 6, task.createdAt());
        Sql.setInstantOrNull(s, 8, task.finishedAt().orElse(null));
        s.setString(10, task.fileName().orElse(null));
        s.setLong(11, task.rowCount());
        s.setLong(12, task.sizeBytes());
        s.setString(13, task.sha256().orElse(null));
        s.setString(14, task.error().orElse(null));
        s.setString(15, task.id().value());
    }

    private static ExportTask read(ResultSet row) throws SQLException {
        return ExportTask.builder().id(ExportTaskId.of(row.getString("id")))
                .kind(ExportKind.valueOf(row.getString("kind")))
                .partner(PartnerId.of(row.getString("partner_id")))
                .cycle(BillCycle.parse(row.getString("bill_cycle")))
                .format(row.getString("format"))
                .status(ExportStatus.valueOf(row.getString("status")))
                .createdAt(Sql.instant(row, "created"))
                .finishedAt(Sql.instantOrNull(row, "finished"))
                .fileName(row.getString("file_name"))
                .rowCount(row.getLong("row_count"))
                .sizeBytes(row.getLong("size_bytes"))
                .sha256(row.getString("sha256"))
                .error(row.getString("error"))
                .build();
    }

    @Override
    public Optional<ExportTask> find(ExportTaskId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(tx.runOrNull("find export task '" + id + "'", (c, dialect) ->
                Sql.queryOne(c, SELECT + "WHERE id = ?", s -> s.setString(1, id.value()), JdbcExportTaskStore::read)));
    }

    @Override
    public List<ExportTask> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.run("list export tasks of partner '" + partner + "'", (c, dialect) ->
                Sql.query(c, SELECT + "WHERE partner_id = ? ORDER BY seq", s -> s.setString(1, partner.value()),
                        JdbcExportTaskStore::read));
    }
}
