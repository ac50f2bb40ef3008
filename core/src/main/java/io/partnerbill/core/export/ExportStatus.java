package io.partnerbill.core.export;

/** Where an export task stands: PENDING, then RUNNING, then COMPLETED or FAILED. */
public enum ExportStatus {
    /** Submitted, waiting for the executor. */
    PENDING,
    /** Writing its file. */
    RUNNING,
    /** Its file is finished and can be downloaded. */
    COMPLETED,
    /** It failed; the error is kept and no finished file exists. */
    FAILED;

    /** @return true for COMPLETED and FAILED */
    public boolean isFinal() {
        return this == COMPLETED || this == FAILED;
    }
}
