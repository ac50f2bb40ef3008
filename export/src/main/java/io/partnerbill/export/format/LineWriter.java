package io.partnerbill.export.format;

import io.partnerbill.core.bill.BillLine;
import java.io.IOException;

/**
 * Writes bill lines one by one to the output an {@link io.partnerbill.export.Exporter} opened it on, so that an
 * export never holds more than one line: feed it from {@code LineStore.scan} or an iterator.
 *
 * <p>Call {@link #finish()} once after the last line to complete the document (a closing
 * bracket, the end of a workbook); it flushes but does not close the underlying stream,
 * which belongs to the caller. A writer is not thread-safe.
 */
public interface LineWriter {

    /**
     * Writes one line.
     *
     * @param line the line, not null
     * @throws IOException if the output fails
     */
    void write(BillLine line) throws IOException;

    /**
     * Completes the document and flushes it; the underlying stream stays open.
     *
     * @throws IOException if the output fails
     */
    void finish() throws IOException;

    /**
     * Returns how many lines were written so far.
     *
     * @return the count, 0 or more
     */
    long rowsWritten();
}
