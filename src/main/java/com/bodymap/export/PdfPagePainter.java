package com.bodymap.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws a laid-out page's operations into a PDF content stream as real text and vector paths. */
final class PdfPagePainter {
    private static final float BADGE_FRAME = 1.6f;

    private final SheetFonts fonts;
    private final FigurePainter figures;
    private final SketchPdfPainter drawings = new SketchPdfPainter();

    PdfPagePainter(SheetFonts fonts, FigurePainter figures) {
        this.fonts = fonts;
        this.figures = figures;
    }

    void paint(PDPageContentStream cs, LaidOutPage page) throws IOException {
        for (DrawOp op : page.ops()) {
            if (op instanceof DrawOp.Text t) {
                text(cs, t);
            } else if (op instanceof DrawOp.Line l) {
                cs.setStrokingColor(l.ink().r(), l.ink().g(), l.ink().b());
                cs.setLineWidth(l.lineWidth());
                cs.moveTo(l.x1(), l.y1());
                cs.lineTo(l.x2(), l.y2());
                cs.stroke();
            } else if (op instanceof DrawOp.Box b) {
                box(cs, b);
            } else if (op instanceof DrawOp.Figure f) {
                figures.paint(cs, f);
            } else if (op instanceof DrawOp.Drawing d) {
                drawings.paint(cs, d.sketch(), d.x(), d.top());
            } else if (op instanceof DrawOp.BadgeFrame b) {
                badge(cs, b);
            }
        }
    }

    private void text(PDPageContentStream cs, DrawOp.Text t) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(t.ink().r(), t.ink().g(), t.ink().b());
        cs.newLineAtOffset(t.x(), t.y());
        // Each run continues where the last ended; a run in another font is for characters DejaVu lacks.
        for (SheetFonts.Run run : fonts.runs(t.text(), t.style())) {
            cs.setFont(run.font(), t.size());
            cs.showText(run.text());
        }
        cs.endText();
    }

    private static void box(PDPageContentStream cs, DrawOp.Box b) throws IOException {
        cs.addRect(b.x(), b.y(), b.width(), b.height());
        if (b.fill() != null) {
            cs.setNonStrokingColor(b.fill().r(), b.fill().g(), b.fill().b());
        }
        if (b.stroke() != null) {
            cs.setStrokingColor(b.stroke().r(), b.stroke().g(), b.stroke().b());
            cs.setLineWidth(b.lineWidth());
        }
        if (b.fill() != null && b.stroke() != null) {
            cs.fillAndStroke();
        } else if (b.fill() != null) {
            cs.fill();
        } else {
            cs.stroke();
        }
    }

    /** Pale tint inside a heavy frame: the dark word and icon stay readable in black and white. */
    private static void badge(PDPageContentStream cs, DrawOp.BadgeFrame b) throws IOException {
        float inset = BADGE_FRAME / 2;
        Ink tint = Ink.tint(b.rating());
        Ink strong = Ink.strong(b.rating());
        cs.setNonStrokingColor(tint.r(), tint.g(), tint.b());
        cs.setStrokingColor(strong.r(), strong.g(), strong.b());
        cs.setLineWidth(BADGE_FRAME);
        cs.addRect(b.x() + inset, b.y() + inset, b.width() - 2 * inset, b.height() - 2 * inset);
        cs.fillAndStroke();
    }
}
