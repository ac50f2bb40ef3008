package io.partnerbill.export.importing;

import io.partnerbill.core.bill.BillLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lines of one bill-details file, each with its line number, in file order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportedBillDetails {

    private final String source;
    private final List<ImportedLine> lines;

    ImportedBillDetails(String source, List<ImportedLine> lines) {
        this.source = Objects.requireNonNull(source, "source");
        this.lines = List.copyOf(lines);
    }

    /** @return the file's name, not null */
    public String source() {
        return source;
    }

    /** @return the lines with their line numbers, in file order, not null */
    public List<ImportedLine> lines() {
        return lines;
    }

    /** @return the bill lines alone, in file order, not null */
    public List<BillLine> billLines() {
        List<BillLine> result = new ArrayList<>(lines.size());
        lines.forEach(l -> result.add(l.line()));
        return result;
    }

    /** @return how many lines were read */
    public int size() {
        return lines.size();
    }

    @Override
    public String toString() {
        return "ImportedBillDetails['" + source + "', " + lines.size() + " lines]";
    }
}
