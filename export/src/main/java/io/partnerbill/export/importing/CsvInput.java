package io.partnerbill.export.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The characters of a CSV file for the importer's parser: decodes strict UTF-8 itself so that
 * a bad byte is named by its offset and line, and follows RFC 4180 quoting so that a quote left
 * open is named by the line it opened on (the parser only notices it at the end of the file).
 *
 * <p>Not thread-safe: one per file.
 */
final class CsvInput extends Reader {

    /** Thrown from {@link #read} at the first byte that is not UTF-8. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;

        final long byteOffset;
        final long line;

        NotUtf8Exception(long byteOffset, long line, int firstByte) {
            super(String.format(java.util.Locale.ROOT, "byte 0x%02X at byte offset %d is not UTF-8", firstByte, byteOffset));
            this.byteOffset = byteOffset;
            this.line = line;
        }
    }

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final InputStream in;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    /** Bytes of the file before {@code buf[0]}. */
    private long consumed;
    private boolean eof;
    private int pendingLow = -1;

    private long line = 1;
    private boolean afterCr;
    private int state = FIELD_START;
    private int cell;
    private long quoteLine;
    private int quoteCell;
    private long strayQuoteLine;
    private long strayQuoteOpened;
    private int strayQuoteCell;

    CsvInput(InputStream in) {
        this.in = in;
    }

    /** @return true if the file ended inside a quoted value */
    boolean endedInQuote() {
        return eof && pos == limit && state == QUOTED;
    }

    /** @return the line on which the quote now open was opened */
    long quoteLine() {
        return quoteLine;
    }

    /** @return the cell index (from 0) of the quote now open */
    int quoteCell() {
        return quoteCell;
    }

    /** @return the first line where text follows a closing quote in the same cell, or 0 */
    long strayQuoteLine() {
        return strayQuoteLine;
    }

    /** @return the line on which the quote closed on {@link #strayQuoteLine} opened */
    long strayQuoteOpened() {
        return strayQuoteOpened;
    }

    /** @return the cell index (from 0) of that quote */
    int strayQuoteCell() {
        return strayQuoteCell;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pendingLow >= 0) {
            cbuf[off + n++] = (char) pendingLow;
            pendingLow = -1;
        }
        while (n < len) {
            if (pos == limit && !fill(1)) {
                break;
            }
            int b = buf[pos] & 0xff;
            if (b < 0x80) {
                pos++;
                track((char) b);
                cbuf[off + n++] = (char) b;
                continue;
            }
            int cp = decode(b);
            track('x');
            if (cp >= 0x10000) {
                cbuf[off + n++] = Character.highSurrogate(cp);
                char low = Character.lowSurrogate(cp);
                if (n < len) {
                    cbuf[off + n++] = low;
                } else {
                    pendingLow = low;
                }
            } else {
                cbuf[off + n++] = (char) cp;
            }
        }
        return n == 0 ? -1 : n;
    }

    /** Decodes the multi-byte sequence starting at {@code buf[pos]} (lead byte {@code b}), or throws. */
    private int decode(int b) throws IOException {
        int need;
        int cp;
        int min;
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            cp = b & 0x1f;
            min = 0x80;
        } else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            cp = b & 0x0f;
            min = 0x800;
        } else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            cp = b & 0x07;
            min = 0x10000;
        } else {
            throw notUtf8(b);
        }
        if (limit - pos < need + 1 && !fill(need + 1)) {
            throw notUtf8(b);
        }
        for (int i = 1; i <= need; i++) {
            int c = buf[pos + i] & 0xff;
            if ((c & 0xc0) != 0x80) {
                throw notUtf8(b);
            }
            cp = cp << 6 | (c & 0x3f);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            throw notUtf8(b);
        }
        pos += need + 1;
        return cp;
    }

    private NotUtf8Exception notUtf8(int b) {
        return new NotUtf8Exception(consumed + pos, line, b);
    }

    /** Makes at least {@code count} bytes available from {@code pos}; false if the file ends first. */
    private boolean fill(int count) throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            consumed += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < count && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return limit >= count;
    }

    /** Counts lines (LF, CR, CRLF) and follows the quoting; {@code c} stands for any non-ASCII character as 'x'. */
    private void track(char c) {
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            afterCr = false;
        } else if (c == '\r') {
            line++;
            afterCr = true;
        } else {
            afterCr = false;
        }
        boolean end = c == '\n' || c == '\r';
        switch (state) {
            case FIELD_START, UNQUOTED -> {
                if (c == ',') {
                    state = FIELD_START;
                    cell++;
                } else if (end) {
                    state = FIELD_START;
                    cell = 0;
                } else if (c == '"' && state == FIELD_START) {
                    state = QUOTED;
                    quoteLine = line;
                    quoteCell = cell;
                } else {
                    state = UNQUOTED;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = QUOTE_IN_QUOTED;
                }
            }
            default -> {
                if (c == '"') {
                    state = QUOTED;
                } else if (c == ',') {
                    state = FIELD_START;
                    cell++;
                } else if (end) {
                    state = FIELD_START;
                    cell = 0;
                } else {
                    if (strayQuoteLine == 0) {
                        strayQuoteLine = line;
                        strayQuoteOpened = quoteLine;
                        strayQuoteCell = quoteCell;
                    }
                    state = UNQUOTED;
                }
            }
        }
    }

    /** Leaves the stream open: its owner closes it. */
    @Override
    public void close() {
        // nothing: the caller of the importer owns the stream
    }
}
