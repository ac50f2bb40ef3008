package io.partnerbill.export.html;

import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.export.csv.LineCells;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineSource;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.StatementDocument;
import io.partnerbill.export.internal.ExportFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The HTML format: a bill as one self-contained report page, bill details as one HTML table.
 *
 * <p>The page holds its CSS and SVG inline and refers to nothing outside itself: no script, no
 * font, no image, no link but in-page anchors; a Content-Security-Policy of
 * {@code default-src 'none'} says so to the browser too. Every text is escaped. Numbers are
 * formatted without the default locale. The page is laid out for A4 in print, with a page break
 * before each section and no row cut across pages.
 *
 * <p>With the bill's lines ({@link #writeBill(BillDocument, LineSource, ExportContext,
 * OutputStream)}) the report also draws the daily expenditure and lists the refunds and
 * adjustments (the earliest {@value #LISTED_OTHERS}, then "and N more"); the lines are
 * streamed once, before anything is written, and only per-day sums and the listed rows are
 * kept.
 */
public final class HtmlFormat implements ExportFormat {

    private static final BillDetailsColumn[] COLUMNS = BillDetailsColumn.values();
    /** Refund and adjustment lines listed at most; the rest are counted and summed. */
    static final int LISTED_OTHERS = 200;
    /** Products drawn as bars at most; the rest make one "N more products" bar. */
    static final int CHARTED_PRODUCTS = 15;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public long writeBill(BillDocument bill, ExportContext context, OutputStream out) throws IOException {
        return write(bill, null, context, out);
    }

    @Override
    public long writeBill(BillDocument bill, LineSource lines, ExportContext context, OutputStream out)
            throws IOException {
        Objects.requireNonNull(bill, "bill");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(context, "context");
        ReportLines read = new ReportLines(bill.partner(), bill.cycle(), context.calendar(), LISTED_OTHERS);
        lines.scan(read);
        return write(bill, read, context, out);
    }

    private long write(BillDocument bill, @Nullable ReportLines lines, ExportContext context, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"),
                StandardCharsets.UTF_8), 1 << 16);
        HtmlBillReport report = new HtmlBillReport(bill, lines, context, w);
        long rows = report.write();
        w.flush();
        context.reportRows(rows);
        return rows;
    }

    @Override
    public LineWriter openLines(ExportContext context, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        head(w, "Bill details");
        w.write("<main class=\"sheet wide\"><header class=\"masthead\"><div class=\"eyebrow\">partnerbill</div>"
                + "<h1>Bill details</h1></header><table class=\"details\"><thead><tr>");
        for (BillDetailsColumn column : COLUMNS) {
            w.write("<th>" + HtmlText.escape(column.header()) + "</th>");
        }
        w.write("</tr></thead><tbody>\n");
        return new LineWriter() {
            private long rows;

            @Override
            public void write(BillLine line) throws IOException {
                String[] cells = LineCells.row(line, context.names());
                w.write("<tr>");
                for (int i = 0; i < cells.length; i++) {
                    boolean number = COLUMNS[i].kind() == BillDetailsColumn.Kind.AMOUNT;
                    w.write(number ? "<td class=\"num\">" : "<td>");
                    w.write(HtmlText.escape(cells[i]));
                    w.write("</td>");
                }
                w.write("</tr>\n");
                context.rowWritten(++rows);
            }

            @Override
            public void finish() throws IOException {
                w.write("</tbody></table><footer class=\"foot\">" + rows + " lines. Written by partnerbill."
                        + "</footer></main></body></html>\n");
                w.flush();
                context.reportRows(rows);
            }

            @Override
            public long rowsWritten() {
                return rows;
            }
        };
    }

    @Override
    public String toString() {
        return "Exporter[html]";
    }

    @Override
    public boolean supports(ExportKind kind) {
        return kind != ExportKind.MARGIN;
    }

    /**
     * Writes the statements as one file with one printable A4 page per statement, in the order
     * given; see {@link HtmlStatements}.
     */
    @Override
    public long writeStatements(List<StatementDocument> statements, ExportContext context, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long rows = HtmlStatements.write(List.copyOf(statements), context, w);
        w.flush();
        context.reportRows(rows);
        return rows;
    }

    static void head(Writer w, String title) throws IOException {
        head(w, title, "");
    }

    /** Writes the document up to the body, with the report's stylesheet and {@code moreCss} after it. */
    static void head(Writer w, String title, String moreCss) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">\n"
                + "<meta name=\"generator\" content=\"partnerbill\">\n<title>");
        w.write(HtmlText.escape(title));
        w.write("</title>\n<style>\n");
        w.write(HtmlStyle.CSS);
        w.write(moreCss);
        w.write("</style>\n</head>\n<body>\n");
    }

}
