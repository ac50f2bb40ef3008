package io.partnerbill.export.importing;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Reconciliation} found: the file, how many lines it checked, and the
 * differences, line differences in file order first, then differences in the month's totals:
 * the first ones up to the reconciliation's limit, with the count of all.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReconciliationReport {

    private final String source;
    private final long linesChecked;
    private final List<Difference> differences;
    private final long differenceCount;

    ReconciliationReport(String source, long linesChecked, List<Difference> differences, long differenceCount) {
        this.source = Objects.requireNonNull(source, "source");
        this.linesChecked = linesChecked;
        this.differences = List.copyOf(differences);
        this.differenceCount = differenceCount;
    }

    /** @return the file's name, not null */
    public String source() {
        return source;
    }

    /**
     * Returns how many lines were recomputed.
     *
     * @return the count
     * @throws ArithmeticException past 2^31 - 1 lines: use {@link #linesRead()}
     */
    public int linesChecked() {
        return Math.toIntExact(linesChecked);
    }

    /** @return how many lines were recomputed, however many */
    public long linesRead() {
        return linesChecked;
    }

    /** @return the differences kept: all of them, or the first ones up to the limit, not null */
    public List<Difference> differences() {
        return differences;
    }

    /** @return how many differences were found, those not kept included */
    public long differenceCount() {
        return differenceCount;
    }

    /** @return true if nothing differs */
    public boolean isClean() {
        return differenceCount == 0;
    }

    @Override
    public String toString() {
        return "ReconciliationReport['" + source + "', " + linesChecked + " lines, " + differenceCount
                + " differences" + (differences.isEmpty() ? "" : ": " + differences) + "]";
    }
}
