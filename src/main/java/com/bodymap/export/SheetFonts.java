package com.bodymap.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The shipped DejaVu Sans, regular and bold, embedded (as subsets) in one PDF document, with Droid
 * Sans Fallback for the characters DejaVu lacks (Chinese, Japanese, Korean), loaded only when a
 * sheet has such a character. Measures text for layout with the same fonts that draw it, and
 * replaces characters neither font has so a stray symbol can never stop a sheet from printing.
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
    static final String FALLBACK_FILE = "/assets/fonts/DroidSansFallbackFull.ttf";

    /** Which font draws a character. */
    private enum Face { MAIN, FALLBACK, NONE }

    /** A stretch of text drawn in one font. */
    public record Run(PDFont font, String text) {
    }

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDType0Font fallback;
    private boolean fallbackTried;
    private final Map<Integer, Face> faces = new HashMap<>();

    public SheetFonts(PDDocument document) throws IOException {
        this.document = document;
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

    /** The text cut into runs by the font that draws each character; characters neither font has read "?". */
    public List<Run> runs(String text, FontStyle style) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Face current = null;
        for (int cp : printable(text).codePoints().toArray()) {
            Face face = cp == '\n' ? Face.MAIN : face(cp);
            if (current != null && face != current) {
                runs.add(new Run(current == Face.FALLBACK ? fallback : font(style), run.toString()));
                run.setLength(0);
            }
            current = face;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            runs.add(new Run(current == Face.FALLBACK ? fallback : font(style), run.toString()));
        }
        return runs;
    }

    @Override
    public float width(String text, FontStyle style, float size) {
        try {
            float w = 0;
            for (Run r : runs(text, style)) {
                w += r.font().getStringWidth(r.text());
            }
            return w / 1000f * size;
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
            } else if (face(cp) != Face.NONE) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** DejaVu when both its faces have the character (headings and body share text), else the fallback, else none. */
    private Face face(int codePoint) {
        return faces.computeIfAbsent(codePoint, cp -> {
            if (has(regular, cp) && has(bold, cp)) {
                return Face.MAIN;
            }
            PDType0Font f = fallback();
            return f != null && has(f, cp) ? Face.FALLBACK : Face.NONE;
        });
    }

    private PDType0Font fallback() {
        if (!fallbackTried) {
            fallbackTried = true;
            try {
                fallback = load(document, FALLBACK_FILE);
            } catch (IOException e) {
                fallback = null; // without it such characters read "?", as before
            }
        }
        return fallback;
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
