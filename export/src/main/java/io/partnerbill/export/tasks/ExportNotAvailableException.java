package io.partnerbill.export.tasks;

import io.partnerbill.core.ErrorCode;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTaskId;

/**
 * Thrown by {@link ExportService#download} for a task whose file is not there to download:
 * the task is PENDING, RUNNING or FAILED.
 */
public class ExportNotAvailableException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    // The id's text, so that the exception stays serializable.
    private final String task;
    private final ExportStatus status;

    /**
     * Creates the exception.
     *
     * @param task the task, not null
     * @param status its status, not null
     * @param message what was wrong, naming the task, not null
     */
    public ExportNotAvailableException(ExportTaskId task, ExportStatus status, String message) {
        super(ErrorCode.EXPORT_NOT_AVAILABLE, message, null);
        this.task = task.value();
        this.status = status;
    }

    /** @return the task asked for, not null */
    public ExportTaskId task() {
        return ExportTaskId.of(task);
    }

    /** @return the task's status when it was asked for, not null */
    public ExportStatus status() {
        return status;
    }
}
