package io.partnerbill.export.importing;

import io.partnerbill.core.bill.BillLine;
import java.util.Objects;

/**
 * One imported bill line and the line of the file its record started on.
 *
 * @param lineNumber the file's line number (the header is line 1)
 * @param line the bill line, not null
 */
public record ImportedLine(long lineNumber, BillLine line) {

    /** Checks that the line is not null. */
    public ImportedLine {
        Objects.requireNonNull(line, "line");
    }
}
