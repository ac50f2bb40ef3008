package io.partnerbill.core.export;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An export task as the history shows it: id, kind, partner, cycle, format, status, the
 * created and finished instants, and, once COMPLETED, the file name, row count, size in bytes
 * and SHA-256 of the file; once FAILED, the error.
 *
 * <p>Tasks are made by {@code io.partnerbill.export.ExportService}; {@link #builder()} exists
 * for {@link io.partnerbill.core.store.ExportTaskStore} implementations that read tasks back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExportTask {

    private final ExportTaskId id;
    private final ExportKind kind;
    private final PartnerId partner;
    private final BillCycle cycle;
    private final String format;
    private final ExportStatus status;
    private final Instant createdAt;
    private final @Nullable Instant finishedAt;
    private final @Nullable String fileName;
    private final long rowCount;
    private final long sizeBytes;
    private final @Nullable String sha256;
    private final @Nullable String error;

    private ExportTask(Builder b) {
        id = Objects.requireNonNull(b.id, "id");
        kind = Objects.requireNonNull(b.kind, "kind");
        partner = Objects.requireNonNull(b.partner, "partner");
        cycle = Objects.requireNonNull(b.cycle, "cycle");
        format = Objects.requireNonNull(b.format, "format");
        status = Objects.requireNonNull(b.status, "status");
        createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
        finishedAt = b.finishedAt;
        fileName = b.fileName;
        rowCount = b.rowCount;
        sizeBytes = b.sizeBytes;
        sha256 = b.sha256;
        error = b.error;
        if (status == ExportStatus.COMPLETED && (fileName == null || sha256 == null || finishedAt == null)) {
            throw new io.partnerbill.core.InvalidValueException("A COMPLETED export task needs a file name, a SHA-256 "
                    + "and a finished instant, task '" + id + "'");
        }
        if (status == ExportStatus.FAILED && (error == null || finishedAt == null)) {
            throw new io.partnerbill.core.InvalidValueException("A FAILED export task needs an error and a finished "
                    + "instant, task '" + id + "'");
        }
    }

    /**
     * Starts a builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this task's values.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.partner = partner;
        b.cycle = cycle;
        b.format = format;
        b.status = status;
        b.createdAt = createdAt;
        b.finishedAt = finishedAt;
        b.fileName = fileName;
        b.rowCount = rowCount;
        b.sizeBytes = sizeBytes;
        b.sha256 = sha256;
        b.error = error;
        return b;
    }

    /** @return the id, not null */
    public ExportTaskId id() {
        return id;
    }

    /** @return what the task exports, not null */
    public ExportKind kind() {
        return kind;
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the format name, such as "csv", not null */
    public String format() {
        return format;
    }

    /** @return the status, not null */
    public ExportStatus status() {
        return status;
    }

    /** @return when it was submitted, not null */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when it completed or failed, or empty, not null */
    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** @return the finished file's name, or empty unless COMPLETED, not null */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** @return the rows written (lines for details, table rows for a bill) */
    public long rowCount() {
        return rowCount;
    }

    /** @return the file's size in bytes, 0 unless COMPLETED */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** @return the file's SHA-256 in lower-case hex, or empty unless COMPLETED, not null */
    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    /** @return the error of a FAILED task, or empty, not null */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ExportTask)) {
            return false;
        }
        ExportTask o = (ExportTask) obj;
        return o.id.equals(id) && o.kind == kind && o.partner.equals(partner) && o.cycle.equals(cycle)
                && o.format.equals(format) && o.status == status && o.createdAt.equals(createdAt)
                && Objects.equals(o.finishedAt, finishedAt) && Objects.equals(o.fileName, fileName)
                && o.rowCount == rowCount && o.sizeBytes == sizeBytes && Objects.equals(o.sha256, sha256)
                && Objects.equals(o.error, error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status);
    }

    @Override
    public String toString() {
        return "ExportTask[" + id + " " + kind + " " + partner + " " + cycle + " " + format + " " + status
                + (fileName == null ? "" : " " + fileName + " " + rowCount + " rows " + sizeBytes + " bytes")
                + (error == null ? "" : " error: " + error) + "]";
    }

    /** Builds an {@link ExportTask}. */
    public static final class Builder {
        private @Nullable ExportTaskId id;
        private @Nullable ExportKind kind;
        private @Nullable PartnerId partner;
        private @Nullable BillCycle cycle;
        private @Nullable String format;
        private ExportStatus status = ExportStatus.PENDING;
        private @Nullable Instant createdAt;
        private @Nullable Instant finishedAt;
        private @Nullable String fileName;
        private long rowCount;
        private long sizeBytes;
        private @Nullable String sha256;
        private @Nullable String error;

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id the id
         * @return this builder
         */
        public Builder id(ExportTaskId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder kind(ExportKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the partner.
         *
         * @param partner the partner
         * @return this builder
         */
        public Builder partner(PartnerId partner) {
            this.partner = partner;
            return this;
        }

        /**
         * Sets the cycle.
         *
         * @param cycle the cycle
         * @return this builder
         */
        public Builder cycle(BillCycle cycle) {
            this.cycle = cycle;
            return this;
        }

        /**
         * Sets the format name.
         *
         * @param format the format
         * @return this builder
         */
        public Builder format(String format) {
            this.format = format;
            return this;
        }

        /**
         * Sets the status (default PENDING).
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(ExportStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the submission instant.
         *
         * @param createdAt the instant
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets the instant it completed or failed.
         *
         * @param finishedAt the instant, or null
         * @return this builder
         */
        public Builder finishedAt(@Nullable Instant finishedAt) {
            this.finishedAt = finishedAt;
            return this;
        }

        /**
         * Sets the finished file's name.
         *
         * @param fileName the name, or null
         * @return this builder
         */
        public Builder fileName(@Nullable String fileName) {
            this.fileName = fileName;
            return this;
        }

        /**
         * Sets the rows written.
         *
         * @param rowCount the rows
         * @return this builder
         */
        public Builder rowCount(long rowCount) {
            this.rowCount = rowCount;
            return this;
        }

        /**
         * Sets the file size.
         *
         * @param sizeBytes the size in bytes
         * @return this builder
         */
        public Builder sizeBytes(long sizeBytes) {
            this.sizeBytes = sizeBytes;
            return this;
        }

        /**
         * Sets the file's SHA-256.
         *
         * @param sha256 lower-case hex, or null
         * @return this builder
         */
        public Builder sha256(@Nullable String sha256) {
            this.sha256 = sha256;
            return this;
        }

        /**
         * Sets the error of a failed task.
         *
         * @param error the error, or null
         * @return this builder
         */
        public Builder error(@Nullable String error) {
            this.error = error;
            return this;
        }

        /**
         * Builds the task.
         *
         * @return the task, not null
         * @throws io.partnerbill.core.InvalidValueException if a COMPLETED task lacks its file facts
         *         or a FAILED task its error
         */
        public ExportTask build() {
            return new ExportTask(this);
        }
    }
}
