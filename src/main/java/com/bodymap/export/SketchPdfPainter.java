package com.bodymap.export;

import com.bodymap.picture.Mark;
import com.bodymap.picture.Shade;
import com.bodymap.picture.Sketch;
import com.bodymap.picture.SketchPath;
import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * Paints a technique or check drawing into a PDF as vector paths, with the same marks the screen
 * paints. The drawing is wrapped in a marked-content span carrying its text alternative (/Alt),
 * so a reader that looks for it finds what the drawing shows.
 */
final class SketchPdfPainter {
    private static final COSName SPAN = COSName.getPDFName("Span");

    /** Paints the sketch with its top-left corner at (left, top) on the page (y up). */
    void paint(PDPageContentStream cs, Sketch sketch, float left, float top) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setString(COSName.ALT, sketch.alt());
        cs.beginMarkedContent(SPAN, PDPropertyList.create(properties));
        cs.saveGraphicsState();
        cs.setLineJoinStyle(1);
        cs.setLineCapStyle(1);
        for (Mark m : sketch.marks()) {
            mark(cs, m, left, top);
        }
        cs.restoreGraphicsState();
        cs.endMarkedContent();
    }

    private void mark(PDPageContentStream cs, Mark m, float left, float top) throws IOException {
        if (m instanceof Mark.Fill f) {
            trace(cs, f.path(), left, top);
            colour(cs, f.shade(), false);
            cs.fill();
        } else if (m instanceof Mark.Stroke s) {
            trace(cs, s.path(), left, top);
            colour(cs, s.shade(), true);
            cs.setLineWidth((float) s.width());
            cs.setLineDashPattern(s.dash() > 0 ? new float[] {(float) s.dash(), (float) s.dash()} : new float[0], 0);
            cs.stroke();
        } else if (m instanceof Mark.Clip c) {
            cs.saveGraphicsState();
            trace(cs, c.path(), left, top);
            if (c.evenOdd()) {
                cs.clipEvenOdd();
            } else {
                cs.clip();
            }
            for (Mark inner : c.inside()) {
                mark(cs, inner, left, top);
            }
            cs.restoreGraphicsState();
        }
    }

    private static void trace(PDPageContentStream cs, SketchPath path, float left, float top) throws IOException {
        for (SketchPath.Step s : path.steps()) {
            if (s instanceof SketchPath.MoveTo m) {
                cs.moveTo(left + (float) m.x(), top - (float) m.y());
            } else if (s instanceof SketchPath.LineTo l) {
                cs.lineTo(left + (float) l.x(), top - (float) l.y());
            } else if (s instanceof SketchPath.CurveTo c) {
                cs.curveTo(left + (float) c.x1(), top - (float) c.y1(), left + (float) c.x2(), top - (float) c.y2(),
                        left + (float) c.x(), top - (float) c.y());
            } else {
                cs.closePath();
            }
        }
    }

    private static void colour(PDPageContentStream cs, Shade s, boolean stroke) throws IOException {
        if (stroke) {
            cs.setStrokingColor((float) s.r(), (float) s.g(), (float) s.b());
        } else {
            cs.setNonStrokingColor((float) s.r(), (float) s.g(), (float) s.b());
        }
    }
}
