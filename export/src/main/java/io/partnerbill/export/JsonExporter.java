package io.partnerbill.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.StatementDocument;
import io.partnerbill.export.json.PartnerBillJsonModule;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/** The JSON format: a bill is one object, bill details one array of line objects, UTF-8. */
final class JsonExporter implements Exporter {

    private static final ObjectMapper MAPPER = PartnerBillJsonModule.newObjectMapper()
            .disable(SerializationFeature.CLOSE_CLOSEABLE)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public long writeBill(BillDocument bill, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(bill, "bill");
        return write(context, out, 1L + bill.products().size() + bill.customers().size(), g -> MAPPER.writeValue(g, bill));
    }

    @Override
    public boolean supports(ExportKind kind) {
        return true;
    }

    @Override
    public long writeStatements(List<StatementDocument> statements, ExportContext context, OutputStream out)
            throws IOException {
        Objects.requireNonNull(statements, "statements");
        return write(context, out, statements.size(), g -> StatementJson.statements(g, statements));
    }

    @Override
    public long writeMargin(MarginReport report, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        return write(context, out, 1, g -> StatementJson.margin(g, report));
    }

    @Override
    public LineWriter openLines(ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(context, "context");
        JsonGenerator g = generator(out);
        g.writeStartArray();
        return new LineWriter() {
            private long rows;

            @Override
            public void write(BillLine line) throws IOException {
                MAPPER.writeValue(g, line);
                context.rowWritten(++rows);
            }

            @Override
            public void finish() throws IOException {
                g.writeEndArray();
                g.close();
                context.reportRows(rows);
            }

            @Override
            public long rowsWritten() {
                return rows;
            }
        };
    }

    /** What one document writes on the generator. */
    private interface Body {
        void writeOn(JsonGenerator g) throws IOException;
    }

    /** Writes one document of {@code rows} rows: the one way bills, statements and margin reports are written. */
    private static long write(ExportContext context, OutputStream out, long rows, Body body) throws IOException {
        Objects.requireNonNull(context, "context");
        try (JsonGenerator g = generator(out)) {
            body.writeOn(g);
        }
        context.reportRows(rows);
        return rows;
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(Objects.requireNonNull(out, "out"));
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    @Override
    public String toString() {
        return "Exporter[json]";
    }
}
