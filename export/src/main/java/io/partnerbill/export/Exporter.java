package io.partnerbill.export;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.export.csv.CsvFormat;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineSource;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.StatementDocument;
import io.partnerbill.export.html.HtmlFormat;
import io.partnerbill.export.json.PartnerBillJsonModule;
import io.partnerbill.export.xlsx.XlsxFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A file format plug-in: writes a bill (summary, by product, by customer) or a stream of bill
 * lines to an {@link OutputStream}. Like a Jackson {@code Module}, an exporter is a small
 * object registered explicitly, on {@link Exporters.Builder#register}; nothing is discovered.
 *
 * <p>Built in: {@link #csv()} (the operator's bill-details layout, RFC 4180, formula-injection
 * safe), {@link #json()} (through {@link PartnerBillJsonModule}), {@link #xlsx()} (through
 * fastexcel) and {@link #html()} (a self-contained report page). Exporters never close the
 * stream they are given, and never hold more than one line in memory (the HTML report keeps
 * at most the 200 refund and adjustment lines it lists). New methods arrive as default
 * methods.
 *
 * <p>Implementations must be immutable and thread-safe; the writers they open are not.
 */
public interface Exporter {

    /**
     * Returns the name a request selects this format by, lower case, such as {@code "csv"}.
     *
     * @return the format name, not null
     */
    String format();

    /**
     * Returns the file extension without the dot, such as {@code "csv"}.
     *
     * @return the extension, not null
     */
    String fileExtension();

    /**
     * Writes a bill: its summary, its rows by product and its rows by customer.
     *
     * @param bill the bill's figures, not null
     * @param context the names and the progress callback, not null
     * @param out the stream, not closed, not null
     * @return the number of rows (or records) written
     * @throws IOException if the stream fails
     */
    long writeBill(BillDocument bill, ExportContext context, OutputStream out) throws IOException;

    /**
     * Opens a writer of bill details on a stream; the caller writes the lines one by one and
     * then calls {@link LineWriter#finish()}.
     *
     * @param context the names and the progress callback, not null
     * @param out the stream, not closed, not null
     * @return the writer, not null
     * @throws IOException if the stream fails
     */
    LineWriter openLines(ExportContext context, OutputStream out) throws IOException;

    /**
     * Writes a bill, with its lines at hand for a format that shows more than the bill's figures
     * (the HTML report draws the daily expenditure and lists the refunds and adjustments). The
     * source is scanned at most once, streaming; a format that needs no lines never scans it.
     *
     * <p>The default ignores the lines and calls {@link #writeBill(BillDocument, ExportContext,
     * OutputStream)}, so an existing format needs no change. {@link io.partnerbill.export.tasks.ExportService} calls this
     * method for every BILL task, with the cycle's lines from the line store.
     *
     * @param bill the bill's figures, not null
     * @param lines the bill's lines, scanned lazily, not null
     * @param context the names, the billing calendar and the progress callback, not null
     * @param out the stream, not closed, not null
     * @return the number of rows (or records) written
     * @throws IOException if the stream fails
     */
    default long writeBill(BillDocument bill, LineSource lines, ExportContext context, OutputStream out)
            throws IOException {
        Objects.requireNonNull(lines, "lines");
        return writeBill(bill, context, out);
    }

    /**
     * Returns whether this format can write a kind of export. Bills and bill details are the
     * original two; customer statements and margin reports are optional, so that exporters
     * written before them still compile.
     *
     * @param kind the kind, not null
     * @return true for BILL and BILL_DETAILS unless overridden
     */
    default boolean supports(ExportKind kind) {
        return kind == ExportKind.BILL || kind == ExportKind.BILL_DETAILS;
    }

    /**
     * Writes customer statements, one after the other (an HTML report would give each its own
     * printable page). Formats that support {@link ExportKind#STATEMENTS} override this.
     *
     * @param statements the statements, by customer, not null
     * @param context the names and the progress callback, not null
     * @param out the stream, not closed, not null
     * @return the number of rows (or records) written
     * @throws IOException if the stream fails
     * @throws UnsupportedOperationException if this format does not write statements
     */
    default long writeStatements(List<StatementDocument> statements, ExportContext context, OutputStream out)
            throws IOException {
        throw new UnsupportedOperationException("Export format '" + format() + "' does not write customer statements");
    }

    /**
     * Writes a margin report. Formats that support {@link ExportKind#MARGIN} override this.
     *
     * @param report the report, not null
     * @param context the names and the progress callback, not null
     * @param out the stream, not closed, not null
     * @return the number of rows written
     * @throws IOException if the stream fails
     * @throws UnsupportedOperationException if this format does not write margin reports
     */
    default long writeMargin(MarginReport report, ExportContext context, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("Export format '" + format() + "' does not write margin reports");
    }

    /**
     * Writes a bill with the default context.
     *
     * @param bill the bill, not null
     * @param out the stream, not closed, not null
     * @return the number of rows written
     * @throws IOException if the stream fails
     */
    default long writeBill(MonthlyBill bill, OutputStream out) throws IOException {
        return writeBill(BillDocument.of(bill), ExportContext.defaults(), out);
    }

    /**
     * Writes the lines an iterator yields, one at a time, and finishes the document.
     *
     * @param lines the lines, consumed lazily, not null
     * @param context the names and the progress callback, not null
     * @param out the stream, not closed, not null
     * @return the number of lines written
     * @throws IOException if the stream fails
     */
    default long writeLines(Iterator<? extends BillLine> lines, ExportContext context, OutputStream out)
            throws IOException {
        Objects.requireNonNull(lines, "lines");
        LineWriter writer = openLines(context, out);
        while (lines.hasNext()) {
            writer.write(lines.next());
        }
        writer.finish();
        return writer.rowsWritten();
    }

    /**
     * Returns the CSV exporter without a byte order mark.
     *
     * @return the exporter, not null
     */
    static Exporter csv() {
        return new FormatExporter(new CsvFormat(false));
    }

    /**
     * Returns the CSV exporter, with a UTF-8 byte order mark (for spreadsheet programs that
     * need one to read UTF-8) or without.
     *
     * @param byteOrderMark whether to start the file with {@code EF BB BF}
     * @return the exporter, not null
     */
    static Exporter csv(boolean byteOrderMark) {
        return new FormatExporter(new CsvFormat(byteOrderMark));
    }

    /**
     * Returns the JSON exporter: a bill is one object, details are one array of line objects.
     *
     * @return the exporter, not null
     */
    static Exporter json() {
        return new JsonExporter();
    }

    /**
     * Returns the XLSX exporter (fastexcel): details on a sheet in the operator's layout,
     * a bill on three sheets (Summary, By product, By customer).
     *
     * @return the exporter, not null
     */
    static Exporter xlsx() {
        return new FormatExporter(new XlsxFormat());
    }

    /**
     * Returns the HTML bill report: one self-contained page (inline CSS and SVG, no script, no
     * external reference) with the amount due and its formula, settlement by product as a bar
     * chart, the bill by customer, the tax components, and, when the bill's lines are given
     * ({@link #writeBill(BillDocument, LineSource, ExportContext, OutputStream)}), the daily
     * expenditure as a line chart and the refunds and adjustments. Bill details are written as
     * one HTML table; customer statements as one file with a printable A4 page per customer
     * ({@link #writeStatements}). Margin reports are not written in HTML.
     *
     * @return the exporter, not null
     */
    static Exporter html() {
        return new FormatExporter(new HtmlFormat());
    }
}
