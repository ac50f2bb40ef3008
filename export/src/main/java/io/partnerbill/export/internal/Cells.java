package io.partnerbill.export.internal;


/**
 * Formula-injection escaping of text cells, and file-name-safe texts.
 *
 * <p>Escaping rule: a text cell is dangerous when it starts with {@code = + - @}, tab, CR or
 * NUL, possibly after one or more apostrophes; the exporter prefixes such a cell with one
 * apostrophe and the importer removes exactly one leading apostrophe from such a cell. So a
 * text that really starts with {@code '=} is written {@code ''=} and reads back unchanged:
 * escaping is a bijection.
 */
public final class Cells {

    private Cells() {
    }

    /** Returns whether the text needs an apostrophe prefix in a spreadsheet-bound text cell. */
    public static boolean dangerous(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
    }

    /** Escapes a text cell against formula injection. */
    public static String escape(String text) {
        return dangerous(text) ? "'" + text : text;
    }

    /** Reverses {@link #escape}. */
    public static String unescape(String text) {
        return text.startsWith("'") && dangerous(text.substring(1)) ? text.substring(1) : text;
    }

    /** A file-name-safe form of a text: characters outside {@code [A-Za-z0-9._-]} become '_'. */
    public static String fileSafe(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-') ? c : '_');
        }
        String s = b.toString();
        return s.isEmpty() ? "_" : s.startsWith(".") ? "_" + s.substring(1) : s;
    }
}
