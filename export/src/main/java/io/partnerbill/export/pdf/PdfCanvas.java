package io.partnerbill.export.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * A4 pages written top to bottom: text in runs of the first embedded font that has each
 * character, wrapped to a width, with a new page when the current one is full.
 */
final class PdfCanvas implements Closeable {

    static final float LEFT = 50;
    static final float RIGHT = PDRectangle.A4.getWidth() - 50;
    private static final float TOP = PDRectangle.A4.getHeight() - 50;
    private static final float BOTTOM = 60;
    private static final COSName SPAN = COSName.getPDFName("Span");

    private final PDDocument doc;
    private final List<TrueTypeFont> parsed = new ArrayList<>();
    private final List<CmapLookup> cmaps = new ArrayList<>();
    private final List<PDType0Font> fonts = new ArrayList<>();
    private @Nullable PDPageContentStream page;
    private float y;

    PdfCanvas(PDDocument doc, PdfFonts fontFiles) throws IOException {
        this.doc = doc;
        for (byte[] file : fontFiles.files()) {
            TrueTypeFont ttf = PdfFonts.parse(file);
            parsed.add(ttf);
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            cmaps.add(cmap);
            // Subsets only: a document embeds the glyphs it shows, not the whole font.
            fonts.add(PDType0Font.load(doc, ttf, true));
        }
        newPage();
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        y = TOP;
    }

    /** Moves down by the leading, starting a new page when the line would not fit. */
    void down(float leading) throws IOException {
        y -= leading;
        if (y < BOTTOM) {
            newPage();
            y -= leading;
        }
    }

    /** Draws one line of text at the current height, starting at x. */
    void text(String text, float x, float size) throws IOException {
        PDPageContentStream out = open();
        out.beginText();
        out.newLineAtOffset(x, y);
        String shown = clean(text);
        boolean shaped = needsShaping(shown);
        if (shaped) {
            // PDFBox shapes Devanagari (GSUB: conjuncts, reordered vowel signs), and a shaped glyph has no Unicode
            // mapping of its own: ActualText over the whole line gives extractors the line as written.
            COSDictionary actual = new COSDictionary();
            actual.setItem(COSName.ACTUAL_TEXT, new COSString(shown));
            out.beginMarkedContent(SPAN, PDPropertyList.create(actual));
        }
        for (Run run : runs(shown)) {
            out.setFont(fonts.get(run.font), size);
            out.showText(run.text);
        }
        if (shaped) {
            out.endMarkedContent();
        }
        out.endText();
    }

    /** Draws text ending at x. */
    void textRight(String text, float x, float size) throws IOException {
        text(text, x - width(clean(text), size), size);
    }

    /** Draws text wrapped to the width, one line per leading, the first at the current height. */
    void wrapped(String text, float x, float width, float size, float leading) throws IOException {
        List<String> lines = wrap(clean(text), width, size);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                down(leading);
            }
            text(lines.get(i), x, size);
        }
    }

    /** Draws a horizontal rule at the current height. */
    void rule() throws IOException {
        PDPageContentStream out = open();
        out.setLineWidth(0.5f);
        out.moveTo(LEFT, y - 3);
        out.lineTo(RIGHT, y - 3);
        out.stroke();
    }

    private PDPageContentStream open() {
        if (page == null) {
            throw new IllegalStateException("The canvas is closed");
        }
        return page;
    }

    float width(String text, float size) throws IOException {
        float w = 0;
        for (Run run : runs(text)) {
            w += fonts.get(run.font).getStringWidth(run.text) / 1000 * size;
        }
        return w;
    }

    private List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int lastSpace = -1;
            while (end < text.length()) {
                int next = end + Character.charCount(text.codePointAt(end));
                if (width(text.substring(start, next), size) > width && end > start) {
                    break;
                }
                if (text.charAt(end) == ' ') {
                    lastSpace = end;
                }
                end = next;
            }
            if (end < text.length() && lastSpace > start) {
                end = lastSpace + 1;
            }
            lines.add(text.substring(start, end).strip());
            start = end;
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private static boolean needsShaping(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI);
    }

    /** Control characters (newlines in a hostile name) and line separators cannot be shown: a space stands for each. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp)
                || Character.getType(cp) == Character.LINE_SEPARATOR
                || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR ? ' ' : cp));
        return out.toString();
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFont = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int font = fontFor(cp);
            int shown = font < 0 ? '?' : cp;
            font = font < 0 ? 0 : font;
            // A space or mark stays in the run it is in, so a name in one script is one run.
            if (currentFont >= 0 && font != currentFont && (cp == ' ' || Character.getType(cp) == Character.NON_SPACING_MARK)
                    && cmaps.get(currentFont).getGlyphId(cp) != 0) {
                font = currentFont;
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(shown);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private int fontFor(int cp) {
        for (int f = 0; f < cmaps.size(); f++) {
            if (cmaps.get(f).getGlyphId(cp) != 0) {
                return f;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    /** Closes the parsed font files once the document is saved. */
    void release() throws IOException {
        for (TrueTypeFont ttf : parsed) {
            ttf.close();
        }
    }

    private record Run(int font, String text) {
    }
}
