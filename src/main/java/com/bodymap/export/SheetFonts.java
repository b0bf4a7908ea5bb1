package com.bodymap.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The shipped DejaVu Sans, regular and bold, embedded (as subsets) in one PDF document. Measures
 * text for layout with the same font that draws it, and replaces characters the font lacks so a
 * stray symbol in the content can never stop a sheet from printing.
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
            return PDType0Font.load(document, in, true);
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
