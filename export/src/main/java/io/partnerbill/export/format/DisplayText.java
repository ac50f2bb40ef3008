package io.partnerbill.export.format;

import java.util.Objects;

/**
 * Text read from files, made safe to show: on a terminal, in an error message, in the HTML
 * report. One rule decides which characters are unsafe, and every place that shows such text
 * uses it.
 *
 * <p>Unsafe, and replaced by U+FFFD: the C0 controls (tab, LF and CR included: a tab or line
 * break inside a value breaks a table's columns and rows), DEL, the C1 controls, the bidi
 * controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069: they reorder what
 * follows, so a name can show as another), and unpaired surrogates. An escape sequence thus
 * loses its ESC and shows as text; a CR can no longer overwrite the line.
 *
 * <p>Display width counts terminal columns: East Asian wide and fullwidth characters (CJK,
 * Hangul, fullwidth forms, most emoji) take 2, combining marks and format characters 0, the
 * rest 1.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisplayText {

    /** Values quoted in messages are cut after this many code points. */
    public static final int EXCERPT = 80;

    private DisplayText() {
    }

    /**
     * Tells whether a code point is replaced by {@link #sanitize}.
     *
     * @param codePoint the code point
     * @return true if it is a control, a bidi control or a surrogate
     */
    public static boolean isUnsafe(int codePoint) {
        return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) || codePoint == 0x061c
                || codePoint == 0x200e || codePoint == 0x200f || (codePoint >= 0x202a && codePoint <= 0x202e)
                || (codePoint >= 0x2066 && codePoint <= 0x2069) || (codePoint >= 0xd800 && codePoint <= 0xdfff);
    }

    /**
     * Replaces every unsafe code point (see the class description) with U+FFFD.
     *
     * @param text the text, not null
     * @return the safe text, the same content when nothing was unsafe, not null
     */
    public static String sanitize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n;) {
            int cp = Character.codePointAt(text, i);
            int len = Character.charCount(cp);
            if (isUnsafe(cp)) {
                if (sb == null) {
                    sb = new StringBuilder(n).append(text, 0, i);
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += len;
        }
        return sb == null ? text.toString() : sb.toString();
    }

    /**
     * Returns how many terminal columns a text takes (see the class description); an unsafe
     * code point counts 1, as the U+FFFD that replaces it.
     *
     * @param text the text, not null
     * @return the width, zero or more
     */
    public static int width(CharSequence text) {
        int width = 0;
        for (int i = 0, n = text.length(); i < n;) {
            int cp = Character.codePointAt(text, i);
            width += width(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The columns of one code point. */
    static int width(int cp) {
        if (isUnsafe(cp)) {
            return 1;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || (cp >= 0x1160 && cp <= 0x11ff)) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    // East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt, merged into ranges.
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115f || cp == 0x2329 || cp == 0x232a
                || (cp >= 0x231a && cp <= 0x231b) || (cp >= 0x23e9 && cp <= 0x23ec)
                || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
                || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff)
                || (cp >= 0xa000 && cp <= 0xa4cf) || (cp >= 0xa960 && cp <= 0xa97f)
                || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0xfe10 && cp <= 0xfe19) || (cp >= 0xfe30 && cp <= 0xfe6f)
                || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6)
                || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x1f900 && cp <= 0x1f9ff)
                || (cp >= 0x20000 && cp <= 0x3fffd));
    }

    /**
     * Returns a text sanitized and cut to at most {@code columns} display columns; a cut text
     * ends with an ellipsis (counted as one column).
     *
     * @param text the text, not null
     * @param columns the most columns, 1 or more
     * @return the text that fits, not null
     */
    public static String fit(CharSequence text, int columns) {
        String safe = sanitize(text);
        if (width(safe) <= columns) {
            return safe;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < safe.length();) {
            int cp = safe.codePointAt(i);
            int w = width(cp);
            if (used + w > columns - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append('\u2026').toString();
    }

    /**
     * Pads a text with spaces on the right to {@code columns} display columns (after fitting it
     * into them), so that a table of such cells stays aligned whatever script they are in.
     *
     * @param text the text, not null
     * @param columns the column width, 1 or more
     * @return the padded text, not null
     */
    public static String padRight(CharSequence text, int columns) {
        String fitted = fit(text, columns);
        return fitted + " ".repeat(Math.max(0, columns - width(fitted)));
    }

    /**
     * Quotes a value as an error message shows it: sanitized, in single quotes, and when longer
     * than 80 code points, its first 80 with an ellipsis, followed by its length:
     * {@code 'abc'}, {@code 'aaaa…' (100000 characters)}.
     *
     * @param value the value, not null
     * @return the quoted value, not null
     */
    public static String quote(String value) {
        Objects.requireNonNull(value, "value");
        int length = value.codePointCount(0, value.length());
        if (length <= EXCERPT) {
            return "'" + sanitize(value) + "'";
        }
        return "'" + sanitize(value.substring(0, value.offsetByCodePoints(0, EXCERPT))) + "\u2026' (" + length
                + " characters)";
    }
}
