package com.bodymap.ui.common;

import com.bodymap.picture.Mark;
import com.bodymap.picture.Shade;
import com.bodymap.picture.Sketch;
import com.bodymap.picture.SketchPath;
import javafx.scene.canvas.GraphicsContext;
import java.util.function.Function;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Paints a technique or check drawing on a canvas with the same marks the PDF painter draws, so
 * the window and the printed sheet show the same picture, each shade in the colour the screen's
 * theme gives it.
 */
public final class SketchPainter {
    private SketchPainter() {
    }

    /** {@code colours}: the colour on screen of each shade of the drawing. */
    public static void paint(GraphicsContext g, Sketch sketch, Function<Shade, Paint> colours) {
        g.save();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Mark m : sketch.marks()) {
            mark(g, m, colours);
        }
        g.restore();
    }

    private static void mark(GraphicsContext g, Mark m, Function<Shade, Paint> colour) {
        if (m instanceof Mark.Fill f) {
            g.setFill(colour.apply(f.shade()));
            g.setFillRule(FillRule.NON_ZERO);
            trace(g, f.path());
            g.fill();
        } else if (m instanceof Mark.Stroke s) {
            g.setStroke(colour.apply(s.shade()));
            g.setLineWidth(s.width());
            if (s.dash() > 0) {
                g.setLineDashes(s.dash(), s.dash());
            } else {
                g.setLineDashes();
            }
            trace(g, s.path());
            g.stroke();
        } else if (m instanceof Mark.Clip c) {
            g.save();
            trace(g, c.path());
            g.setFillRule(c.evenOdd() ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
            g.clip();
            g.setFillRule(FillRule.NON_ZERO);
            for (Mark inner : c.inside()) {
                mark(g, inner, colour);
            }
            g.restore();
        }
    }

    private static void trace(GraphicsContext g, SketchPath path) {
        g.beginPath();
        for (SketchPath.Step s : path.steps()) {
            if (s instanceof SketchPath.MoveTo m) {
                g.moveTo(m.x(), m.y());
            } else if (s instanceof SketchPath.LineTo l) {
                g.lineTo(l.x(), l.y());
            } else if (s instanceof SketchPath.CurveTo c) {
                g.bezierCurveTo(c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
            } else {
                g.closePath();
            }
        }
    }
}
