package com.bodymap.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The shipped DejaVu Sans, regular and bold, embedded (as subsets) in one PDF document. Measures
 * text for layout with the same font that draws it, and replaces characters the font lacks so a
 * stray symbol in the content can never stop a sheet from printing.
 *
 * <p>Glyph substitution (the font's GSUB table) is switched off before the font is embedded.
 * PDFBox 3 applies it when showing text, and DejaVu's "liga" feature turns "fi" and "fl" into the
 * single glyphs U+FB01 and U+FB02: the page looks the same, but extracted, searched or copied text
 * reads "hip ﬂexors" and a search for "flexors" fails. Without it each letter is its own glyph, and
 * the widths used for layout ({@link #width}, which never applied GSUB) match what is drawn.
 */
public final class SheetFonts implements TextMeasure {
    static final String REGULAR_FILE = "/assets/fonts/DejaVuSans.ttf";
    static final String BOLD_FILE = "/assets/fonts/DejaVuSans-Bold.ttf";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    public SheetFonts(PDDocument document) throws IOException {
        this.regular = load(document, REGULAR_FILE);
        this.bold = load(document, BOLD_FILE);
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = SheetFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the font " + resource.substring(1) + " is missing from the build");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            // Loaded from a parsed font, PDFBox leaves it open until the document is saved and
            // subsets it; the font's data is in memory, so there is no file handle to close.
            return PDType0Font.load(document, font, true);
        }
    }

    public PDFont font(FontStyle style) {
        return style == FontStyle.BOLD ? bold : regular;
    }

    @Override
    public float width(String text, FontStyle style, float size) {
        try {
            return font(style).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append('\n');
            } else if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                b.append(' ');
            } else if (canDraw(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** True when both faces have a glyph for the character (headings and body share text). */
    private boolean canDraw(int codePoint) {
        return drawable.computeIfAbsent(codePoint, cp -> has(regular, cp) && has(bold, cp));
    }

    private static boolean has(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
