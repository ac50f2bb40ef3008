package io.partnerbill.export;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.internal.Cells;
import io.partnerbill.export.internal.NonClosingOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Splits bill details into files of at most N rows (default 100,000, as the operator's own
 * file feed does), named {@code <partner>_<cycle>_details_<part>.<ext>} with parts counted
 * from 1, either as separate files ({@link #openParts}) or as entries of one zip
 * ({@link #openZip}). Each part is a complete document with its own header. Characters of
 * the partner id outside {@code [A-Za-z0-9.-]} become {@code _} in file names.
 *
 * <p>Lines are written as they come; nothing is buffered beyond the exporter's own buffer.
 * This class is immutable and thread-safe; the writers it opens are not.
 */
public final class ChunkedDetails {

    /** The default most rows per file. */
    public static final int DEFAULT_MAX_ROWS = 100_000;

    /** Opens the stream of one part file; the chunker closes it when the part is complete. */
    @FunctionalInterface
    public interface PartOpener {
        /**
         * Opens a part.
         *
         * @param fileName the part's file name, not null
         * @return the stream to write it to, not null
         * @throws IOException if it cannot be opened
         */
        OutputStream open(String fileName) throws IOException;
    }

    private final Exporter exporter;
    private final PartnerId partner;
    private final BillCycle cycle;
    private final int maxRows;
    private final ExportContext context;

    private ChunkedDetails(Exporter exporter, PartnerId partner, BillCycle cycle, int maxRows, ExportContext context) {
        this.exporter = exporter;
        this.partner = partner;
        this.cycle = cycle;
        this.maxRows = maxRows;
        this.context = context;
    }

    /**
     * Obtains a chunker of a partner's cycle with the default 100,000 rows per file.
     *
     * @param exporter the format of the parts, not null
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the chunker, not null
     */
    public static ChunkedDetails of(Exporter exporter, PartnerId partner, BillCycle cycle) {
        return new ChunkedDetails(Objects.requireNonNull(exporter, "exporter"), Objects.requireNonNull(partner, "partner"),
                Objects.requireNonNull(cycle, "cycle"), DEFAULT_MAX_ROWS, ExportContext.defaults());
    }

    /**
     * Returns a copy with another row limit.
     *
     * @param maxRows the most rows per file, 1 or more
     * @return the new chunker, not null
     * @throws InvalidValueException if the limit is less than 1
     */
    public ChunkedDetails withMaxRows(int maxRows) {
        if (maxRows < 1) {
            throw new InvalidValueException("Rows per file must be at least 1, was '" + maxRows + "'");
        }
        return new ChunkedDetails(exporter, partner, cycle, maxRows, context);
    }

    /**
     * Returns a copy with another export context (names, progress over all parts).
     *
     * @param context the context, not null
     * @return the new chunker, not null
     */
    public ChunkedDetails withContext(ExportContext context) {
        return new ChunkedDetails(exporter, partner, cycle, maxRows, Objects.requireNonNull(context, "context"));
    }

    /** @return the most rows per file */
    public int maxRows() {
        return maxRows;
    }

    /**
     * Returns the file name of a part: {@code <partner>_<cycle>_details_<part>.<ext>}.
     *
     * @param part the part number, from 1
     * @return the file name, not null
     */
    public String partName(int part) {
        return Cells.fileSafe(partner.value()) + "_" + cycle + "_details_" + part + "." + exporter.fileExtension();
    }

    /**
     * Opens a writer that writes each part as a separate file. With no line at all, one part
     * with only the header is written.
     *
     * @param opener opens each part's stream, not null
     * @return the writer; call {@link LineWriter#finish()} after the last line, not null
     */
    public LineWriter openParts(PartOpener opener) {
        Objects.requireNonNull(opener, "opener");
        return new Splitter(new Parts() {
            private @Nullable OutputStream current;

            @Override
            public OutputStream begin(String name) throws IOException {
                current = opener.open(name);
                return current;
            }

            @Override
            public void end() throws IOException {
                if (current != null) {
                    current.close();
                    current = null;
                }
            }

            @Override
            public void finish() {
            }
        });
    }

    /**
     * Opens a writer that writes the parts as entries of one zip written to a stream, which
     * stays open.
     *
     * @param out the zip's stream, not null
     * @return the writer; call {@link LineWriter#finish()} after the last line, not null
     */
    public LineWriter openZip(OutputStream out) {
        ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(Objects.requireNonNull(out, "out")));
        return new Splitter(new Parts() {
            @Override
            public OutputStream begin(String name) throws IOException {
                zip.putNextEntry(new ZipEntry(name));
                return new NonClosingOutputStream(zip);
            }

            @Override
            public void end() throws IOException {
                zip.closeEntry();
            }

            @Override
            public void finish() throws IOException {
                zip.finish();
                zip.flush();
            }
        });
    }

    private interface Parts {
        OutputStream begin(String name) throws IOException;

        void end() throws IOException;

        void finish() throws IOException;
    }

    private final class Splitter implements LineWriter {
        private final Parts parts;
        private final ExportContext partContext = ExportContext.defaults().withNames(context.names());
        private @Nullable LineWriter current;
        private int part;
        private long inPart;
        private long rows;

        Splitter(Parts parts) {
            this.parts = parts;
        }

        private LineWriter current() throws IOException {
            if (current == null || inPart == maxRows) {
                closePart();
                part++;
                current = exporter.openLines(partContext, parts.begin(partName(part)));
                inPart = 0;
            }
            return current;
        }

        private void closePart() throws IOException {
            if (current != null) {
                current.finish();
                parts.end();
                current = null;
            }
        }

        @Override
        public void write(BillLine line) throws IOException {
            current().write(line);
            inPart++;
            rows++;
            context.rowWritten(rows);
        }

        @Override
        public void finish() throws IOException {
            if (part == 0) {
                current();
            }
            closePart();
            parts.finish();
            context.reportRows(rows);
        }

        @Override
        public long rowsWritten() {
            return rows;
        }
    }
}
