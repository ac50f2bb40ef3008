package io.partnerbill.export;

import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineSource;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.StatementDocument;
import io.partnerbill.export.internal.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * {@link Exporter#csv()}, {@link Exporter#xlsx()} and {@link Exporter#html()}: the exporter's one
 * face of a built-in format, which does the work in its own package. What a format does not write
 * is refused by {@link Exporter}'s defaults, with their messages. The arguments are checked here,
 * once for every format, in the order of the parameters.
 */
final class FormatExporter implements Exporter {

    private final ExportFormat format;

    FormatExporter(ExportFormat format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format.format();
    }

    @Override
    public String fileExtension() {
        return format.fileExtension();
    }

    @Override
    public long writeBill(BillDocument bill, ExportContext context, OutputStream out) throws IOException {
        return format.writeBill(Objects.requireNonNull(bill, "bill"), Objects.requireNonNull(context, "context"),
                Objects.requireNonNull(out, "out"));
    }

    @Override
    public long writeBill(BillDocument bill, LineSource lines, ExportContext context, OutputStream out)
            throws IOException {
        return format.writeBill(bill, lines, context, out);
    }

    @Override
    public LineWriter openLines(ExportContext context, OutputStream out) throws IOException {
        return format.openLines(Objects.requireNonNull(context, "context"), Objects.requireNonNull(out, "out"));
    }

    @Override
    public boolean supports(ExportKind kind) {
        return format.supports(kind);
    }

    @Override
    public long writeStatements(List<StatementDocument> statements, ExportContext context, OutputStream out)
            throws IOException {
        return format.supports(ExportKind.STATEMENTS)
                ? format.writeStatements(Objects.requireNonNull(statements, "statements"),
                        Objects.requireNonNull(context, "context"), Objects.requireNonNull(out, "out"))
                : Exporter.super.writeStatements(statements, context, out);
    }

    @Override
    public long writeMargin(MarginReport report, ExportContext context, OutputStream out) throws IOException {
        return format.supports(ExportKind.MARGIN)
                ? format.writeMargin(Objects.requireNonNull(report, "report"), Objects.requireNonNull(context, "context"),
                        Objects.requireNonNull(out, "out"))
                : Exporter.super.writeMargin(report, context, out);
    }

    @Override
    public String toString() {
        return format.toString();
    }
}
