package io.partnerbill.export.internal;

import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineSource;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.StatementDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * A built-in format as its own package writes it (CSV, XLSX, HTML): the methods of the public
 * {@code Exporter}, which reaches every built-in format through this one interface. The formats
 * cannot implement {@code Exporter} themselves: it names them, and the packages would form a
 * cycle. The exporter checks every argument before it calls a format (not null), so that the
 * formats need not.
 */
public interface ExportFormat {

    /** @return the name a request selects this format by, lower case */
    String format();

    /** @return the file extension without the dot: the format's name unless a format says otherwise */
    default String fileExtension() {
        return format();
    }

    /** Writes a bill's figures; see {@code Exporter.writeBill}. */
    long writeBill(BillDocument bill, ExportContext context, OutputStream out) throws IOException;

    /** Writes a bill with its lines at hand; by default the lines are not read. */
    default long writeBill(BillDocument bill, LineSource lines, ExportContext context, OutputStream out)
            throws IOException {
        Objects.requireNonNull(lines, "lines");
        return writeBill(bill, context, out);
    }

    /** Opens a writer of bill details; see {@code Exporter.openLines}. */
    LineWriter openLines(ExportContext context, OutputStream out) throws IOException;

    /** @return whether this format writes that kind of export */
    boolean supports(ExportKind kind);

    /** Writes customer statements; called only when {@link #supports} says STATEMENTS. */
    default long writeStatements(List<StatementDocument> statements, ExportContext context, OutputStream out)
            throws IOException {
        throw new UnsupportedOperationException(format() + " writes no statements");
    }

    /** Writes a margin report; called only when {@link #supports} says MARGIN. */
    default long writeMargin(MarginReport report, ExportContext context, OutputStream out) throws IOException {
        throw new UnsupportedOperationException(format() + " writes no margin reports");
    }
}
