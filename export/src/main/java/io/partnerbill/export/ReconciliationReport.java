package io.partnerbill.export;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Reconciliation} found: the file, how many lines it checked, and every
 * difference, line differences in file order first, then differences in the month's totals.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReconciliationReport {

    private final String source;
    private final int linesChecked;
    private final List<Difference> differences;

    ReconciliationReport(String source, int linesChecked, List<Difference> differences) {
        this.source = Objects.requireNonNull(source, "source");
        this.linesChecked = linesChecked;
        this.differences = List.copyOf(differences);
    }

    /** @return the file's name, not null */
    public String source() {
        return source;
    }

    /** @return how many lines were recomputed */
    public int linesChecked() {
        return linesChecked;
    }

    /** @return every difference, not null */
    public List<Difference> differences() {
        return differences;
    }

    /** @return true if nothing differs */
    public boolean isClean() {
        return differences.isEmpty();
    }

    @Override
    public String toString() {
        return "ReconciliationReport['" + source + "', " + linesChecked + " lines, " + differences.size()
                + " differences" + (differences.isEmpty() ? "" : ": " + differences) + "]";
    }
}
