package io.partnerbill.export.csv;

import io.partnerbill.export.internal.Cells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes CSV cells as UTF-8 straight into a byte buffer that it hands to a stream when full:
 * the bytes {@link CsvRowWriter} produces through Jackson's generator and an
 * {@code OutputStreamWriter}, without the char buffer, the encoder and the copies in between.
 *
 * <p>A text cell is escaped against formula injection ({@link Cells#escape}), then quoted only
 * when it holds a comma, a double quote, CR or LF (RFC 4180, as Jackson's strict quoting check
 * does), a double quote doubled inside. A lone surrogate becomes {@code '?'}, as the JDK's UTF-8
 * encoder replaces it. Rows end with CRLF.
 *
 * <p>Not thread-safe; never closes the stream.
 */
final class CsvCellOutput {

    static final int DEFAULT_CAPACITY = 1 << 16;

    // Bits 10 (LF), 13 (CR), 34 (") and 44 (,): the characters that make a cell need quotes.
    private static final long QUOTE_TRIGGERS = 1L << '\n' | 1L << '\r' | 1L << '"' | 1L << ',';
    // = + - TAB CR NUL and the apostrophe; '@' (64) is checked on its own.
    private static final long MAY_BE_DANGEROUS = 1L << '=' | 1L << '+' | 1L << '-' | 1L << '\t' | 1L << '\r' | 1L << '\0'
            | 1L << '\'';
    private static final byte[] DIGIT_PAIRS = new byte[200];
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private final OutputStream out;
    private final byte[] buf;
    private int pos;

    /** @param capacity the buffer's size, at least 32 bytes */
    CsvCellOutput(OutputStream out, int capacity) {
        this.out = out;
        this.buf = new byte[capacity];
    }

    /** Returns the bytes of one text cell (escaped, quoted if needed), for cells written often. */
    static byte[] encodeText(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvCellOutput cell = new CsvCellOutput(bytes, 64);
        try {
            cell.text(text);
            cell.flush();
        } catch (IOException e) {
            throw new AssertionError("a byte array stream does not fail", e);
        }
        return bytes.toByteArray();
    }

    /** Writes a text cell. */
    void text(String text) throws IOException {
        int n = text.length();
        if (n > buf.length - pos) {
            flush();
            if (n > buf.length) {
                escapedText(text);
                return;
            }
        }
        if (n == 0) {
            return;
        }
        if (mayBeDangerous(text.charAt(0))) {
            escapedText(text);
            return;
        }
        // Fast path: plain ASCII that needs neither quotes nor escaping is its own bytes.
        byte[] b = buf;
        int p = pos;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c < 64 && (QUOTE_TRIGGERS >>> c & 1) != 0) {
                escapedText(text);
                return;
            }
            b[p + i] = (byte) c;
        }
        pos = p + n;
    }

    /**
     * Returns whether a cell starting with this character may need the formula-injection
     * apostrophe: a dangerous character, or an apostrophe that one may follow.
     */
    private static boolean mayBeDangerous(char first) {
        return first < 64 ? (MAY_BE_DANGEROUS >>> first & 1) != 0 : first == '@';
    }

    /** The general path: escape, quote when needed, encode every character. */
    private void escapedText(String text) throws IOException {
        String cell = Cells.escape(text);
        boolean quoted = needsQuotes(cell);
        if (quoted) {
            put('"');
        }
        int n = cell.length();
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            ensure(4);
            if (c < 0x80) {
                if (c == '"') {
                    buf[pos++] = '"';
                }
                buf[pos++] = (byte) c;
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | c >> 6);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cell.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, cell.charAt(++i));
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                buf[pos++] = '?';
            } else {
                buf[pos++] = (byte) (0xE0 | c >> 12);
                buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }
        if (quoted) {
            put('"');
        }
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < 64 && (QUOTE_TRIGGERS >>> c & 1) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Writes bytes as they are: a cell encoded before, or plain ASCII that needs no quotes. */
    void raw(byte[] bytes) throws IOException {
        int n = bytes.length;
        if (n > buf.length - pos) {
            flush();
            if (n > buf.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buf, pos, n);
        pos += n;
    }

    /** Writes ASCII text as it is (a number's text), never quoted or escaped. */
    void ascii(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            put(text.charAt(i));
        }
    }

    /** Writes the separator between two cells. */
    void comma() throws IOException {
        put(',');
    }

    /** Ends a row. */
    void endRow() throws IOException {
        ensure(2);
        buf[pos++] = '\r';
        buf[pos++] = '\n';
    }

    /**
     * Writes {@code units / 10^scale} as a plain decimal with exactly {@code scale} decimals,
     * as {@link java.math.BigDecimal#toPlainString()} writes it: {@code -0.00000005}.
     *
     * @param units the unscaled value, never {@link Long#MIN_VALUE}
     * @param scale 1 to 18
     * @param unit {@code 10^scale}
     */
    void fixedPoint(long units, int scale, long unit) throws IOException {
        ensure(21);
        long abs = units;
        if (units < 0) {
            buf[pos++] = '-';
            abs = -units;
        }
        long whole = abs / unit;
        long fraction = abs - whole * unit;
        digits(whole, 0);
        buf[pos++] = '.';
        digits(fraction, scale);
    }

    /** Writes a non-negative number in at least {@code width} digits, zero-padded. */
    void digits(long value, int width) throws IOException {
        int count = Math.max(width, digitCount(value));
        ensure(count);
        int end = pos + count;
        int p = end;
        long v = value;
        while (v >= 100) {
            long q = v / 100;
            int pair = (int) (v - q * 100) << 1;
            buf[--p] = DIGIT_PAIRS[pair + 1];
            buf[--p] = DIGIT_PAIRS[pair];
            v = q;
        }
        if (v >= 10) {
            int pair = (int) v << 1;
            buf[--p] = DIGIT_PAIRS[pair + 1];
            buf[--p] = DIGIT_PAIRS[pair];
        } else {
            buf[--p] = (byte) ('0' + v);
        }
        while (p > pos) {
            buf[--p] = '0';
        }
        pos = end;
    }

    /** Writes exactly two digits, 00 to 99. */
    void twoDigits(int value) throws IOException {
        ensure(2);
        buf[pos++] = DIGIT_PAIRS[value << 1];
        buf[pos++] = DIGIT_PAIRS[(value << 1) + 1];
    }

    private static int digitCount(long value) {
        int count = 1;
        while (count < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[count]) {
            count++;
        }
        return count;
    }

    /** Writes one ASCII character. */
    void put(char c) throws IOException {
        ensure(1);
        buf[pos++] = (byte) c;
    }

    private void ensure(int bytes) throws IOException {
        if (bytes > buf.length - pos) {
            flush();
        }
    }

    /** Hands the buffered bytes to the stream (without flushing the stream). */
    void flush() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    /** Hands the buffered bytes to the stream and flushes it; the stream stays open. */
    void finish() throws IOException {
        flush();
        out.flush();
    }
}
