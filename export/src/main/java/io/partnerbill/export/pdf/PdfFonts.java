package io.partnerbill.export.pdf;

import io.partnerbill.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType fonts an invoice PDF embeds, in order of preference: each character is drawn in
 * the first font that has a glyph for it, and a character that none has is drawn as '?'.
 *
 * <p>{@link #bundled()} is Noto Sans (Latin, Greek, Cyrillic) then Noto Sans Devanagari, both
 * under the SIL Open Font License 1.1 and shipped in this jar (about 740 KB). CJK fonts are
 * large (several MB), so none is bundled: add one with {@link #withFallback(Path)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PdfFonts {

    private static final String[] BUNDLED = {"NotoSans-Regular.ttf", "NotoSansDevanagari-Regular.ttf"};

    private final List<byte[]> fonts;

    private PdfFonts(List<byte[]> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /**
     * Returns the bundled fonts: Noto Sans and Noto Sans Devanagari.
     *
     * @return the fonts, not null
     */
    public static PdfFonts bundled() {
        List<byte[]> list = new ArrayList<>();
        for (String name : BUNDLED) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Bundled font '" + name + "' is missing from the jar");
                }
                list.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled font '" + name + "'", e);
            }
        }
        return new PdfFonts(list);
    }

    /**
     * Returns these fonts followed by a fallback font, used for the characters the earlier ones lack.
     *
     * @param trueTypeFile a TrueType font file (.ttf), not null
     * @return the new fonts, not null
     * @throws InvalidValueException if the file is not a TrueType font
     * @throws UncheckedIOException if the file cannot be read
     */
    public PdfFonts withFallback(Path trueTypeFile) {
        Objects.requireNonNull(trueTypeFile, "trueTypeFile");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(trueTypeFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font file '" + trueTypeFile + "'", e);
        }
        try (TrueTypeFont font = parse(bytes)) {
            if (font.getUnicodeCmapLookup(false) == null) {
                throw new InvalidValueException("Font file '" + trueTypeFile + "' has no Unicode character map");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidValueException) {
                throw (InvalidValueException) e;
            }
            throw new InvalidValueException("Font file '" + trueTypeFile + "' is not a TrueType font: " + e.getMessage());
        }
        List<byte[]> list = new ArrayList<>(fonts);
        list.add(bytes);
        return new PdfFonts(list);
    }

    static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    List<byte[]> files() {
        return fonts;
    }

    @Override
    public String toString() {
        return "PdfFonts[" + fonts.size() + " fonts]";
    }
}
