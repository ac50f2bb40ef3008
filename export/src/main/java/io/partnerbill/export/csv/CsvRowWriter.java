package io.partnerbill.export.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.partnerbill.export.internal.Cells;
import io.partnerbill.export.internal.NonClosingOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes RFC 4180 rows (comma, double quote, CRLF) through Jackson's CSV generator. Text cells
 * are escaped against formula injection; numeric cells are written as plain numbers, never
 * quoted or altered.
 */
final class CsvRowWriter {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvGenerator generator;

    CsvRowWriter(OutputStream out, boolean byteOrderMark) throws IOException {
        if (byteOrderMark) {
            out.write(BOM);
        }
        OutputStreamWriter writer = new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
        generator = MAPPER.getFactory().createGenerator(writer);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // Quote only cells that need it (separator, quote, CR, LF), as RFC 4180 asks.
        generator.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        generator.setSchema(CsvSchema.emptySchema().withLineSeparator("\r\n"));
    }

    /** Writes a row: a {@link BigDecimal} cell as a plain number, anything else as escaped text. */
    void row(Object... cells) throws IOException {
        generator.writeStartArray();
        for (Object cell : cells) {
            if (cell instanceof BigDecimal) {
                generator.writeNumber(((BigDecimal) cell).toPlainString());
            } else {
                generator.writeString(Cells.escape(String.valueOf(cell)));
            }
        }
        generator.writeEndArray();
    }

    /** Flushes everything written to the underlying stream, which stays open. */
    void finish() throws IOException {
        generator.close();
    }
}
