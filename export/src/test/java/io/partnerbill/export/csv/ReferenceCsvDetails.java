package io.partnerbill.export.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.format.BillDetailsLayout;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.export.internal.Cells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The slow, obviously correct bill-details CSV: the exporter's implementation before
 * {@link CsvDetailWriter}, kept as the reference its bytes are checked against. Every cell is
 * a string from {@link Cells#row}, written through Jackson's CSV generator (strict quoting,
 * CRLF) and an {@code OutputStreamWriter} (UTF-8); text cells escaped with {@link Cells#escape},
 * the two amount cells written as numbers.
 */
final class ReferenceCsvDetails {

    private static final CsvMapper MAPPER = new CsvMapper();

    private ReferenceCsvDetails() {
    }

    static byte[] write(List<BillLine> lines, NameDirectory names, boolean byteOrderMark) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (byteOrderMark) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CsvGenerator generator = MAPPER.getFactory().createGenerator(writer);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        generator.setSchema(CsvSchema.emptySchema().withLineSeparator("\r\n"));
        generator.writeStartArray();
        for (String column : BillDetailsLayout.COLUMNS) {
            generator.writeString(Cells.escape(column));
        }
        generator.writeEndArray();
        for (BillLine line : lines) {
            String[] cells = LineCells.row(line, names);
            generator.writeStartArray();
            for (int i = 0; i < cells.length; i++) {
                if (i == BillDetailsLayout.COLUMNS.indexOf(BillDetailsLayout.CUSTOMER_EXPENDITURE) || i == BillDetailsLayout.COLUMNS.indexOf(BillDetailsLayout.SETTLEMENT_AMOUNT)) {
                    generator.writeNumber(cells[i]);
                } else {
                    generator.writeString(Cells.escape(cells[i]));
                }
            }
            generator.writeEndArray();
        }
        generator.close();
        writer.flush();
        return bytes.toByteArray();
    }
}
