package com.bodymap.export;

import com.bodymap.export.PathSegment.CubicTo;
import com.bodymap.export.PathSegment.LineTo;
import com.bodymap.export.PathSegment.MoveTo;
import com.bodymap.model.Figure;
import com.bodymap.model.FigureShape;
import com.bodymap.model.IconSpot;
import com.bodymap.model.Rating;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a body figure as PDF vector paths from the map's own SVG path data: the silhouette, the
 * unrated details, every region outlined faintly, and the highlighted regions filled with their
 * rating's colour and pattern (diagonal stripes for avoid, horizontal for caution, solid for
 * fine, as on the map) inside a dark outline, so a highlight shows in black and white too. Each
 * highlighted shape also carries its rating's mark (a cross, an exclamation mark or a tick in a
 * white disc) at its icon spot, the point deepest inside it; deep muscles have a dashed edge.
 */
final class FigurePainter {
    private static final float STRIPE_STEP = 3.2f;
    private static final float STRIPE_WIDTH = 0.8f;
    /** The rating mark's disc radius on the page, in points, at most; never wider than the shape's room. */
    private static final float MARK_RADIUS = 4.2f;
    private static final float MARK_MIN_RADIUS = 2.2f;
    private static final float[] DASH = {1.6f, 1.1f};

    private final SvgPathParser parser;
    private final Map<String, List<PathSegment>> parsed = new HashMap<>();

    FigurePainter(SvgPathParser parser) {
        this.parser = parser;
    }

    void paint(PDPageContentStream cs, DrawOp.Figure op) throws IOException {
        Figure figure = op.view().figure();
        Placement at = Placement.fit(figure, op.x(), op.y(), op.width(), op.height());
        cs.saveGraphicsState();
        cs.setLineJoinStyle(1);
        colour(cs, Ink.SKIN, Ink.SKIN_EDGE);
        cs.setLineWidth(0.9f);
        trace(cs, figure.silhouette(), false, at);
        cs.fillAndStroke();
        cs.setLineWidth(0.4f);
        colour(cs, Ink.SKIN, Ink.REGION_EDGE);
        for (String detail : figure.details()) {
            trace(cs, detail, false, at);
            cs.fillAndStroke();
        }
        for (FigureShape shape : figure.shapes()) {
            if (!op.view().highlighted().containsKey(shape.partId())) {
                cs.setLineDashPattern(shape.deep() ? DASH : new float[0], 0);
                trace(cs, shape.path(), shape.mirrored(), at);
                cs.stroke();
            }
        }
        cs.setLineDashPattern(new float[0], 0);
        for (FigureShape shape : figure.shapes()) {
            Rating rating = op.view().highlighted().get(shape.partId());
            if (rating != null) {
                highlight(cs, shape, rating, at);
            }
        }
        // The same detail lines as on screen, over the fills.
        cs.setLineWidth(0.45f);
        cs.setLineCapStyle(1);
        colour(cs, Ink.SKIN, Ink.REGION_EDGE);
        for (String line : figure.lines()) {
            trace(cs, line, false, at);
            cs.stroke();
        }
        cs.restoreGraphicsState();
    }

    private void highlight(PDPageContentStream cs, FigureShape shape, Rating rating, Placement at) throws IOException {
        float[] box = trace(cs, shape.path(), shape.mirrored(), at);
        colour(cs, Ink.strong(rating), Ink.TEXT);
        cs.fill();
        if (rating != Rating.FINE) {
            cs.saveGraphicsState();
            trace(cs, shape.path(), shape.mirrored(), at);
            cs.clip();
            cs.setStrokingColor(Ink.WHITE.r(), Ink.WHITE.g(), Ink.WHITE.b());
            cs.setLineWidth(STRIPE_WIDTH);
            stripes(cs, box, rating == Rating.AVOID);
            cs.restoreGraphicsState();
        }
        cs.setStrokingColor(Ink.TEXT.r(), Ink.TEXT.g(), Ink.TEXT.b());
        cs.setLineWidth(1.1f);
        cs.setLineDashPattern(shape.deep() ? DASH : new float[0], 0);
        trace(cs, shape.path(), shape.mirrored(), at);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
        mark(cs, shape, rating, at);
    }

    /** The rating's mark in a white disc at the shape's icon spot, if the shape has room for it. */
    private static void mark(PDPageContentStream cs, FigureShape shape, Rating rating, Placement at) throws IOException {
        IconSpot spot = shape.icon();
        if (spot == null) {
            return;
        }
        float r = (float) Math.min(MARK_RADIUS, spot.room() * at.scale() * 0.9);
        if (r < MARK_MIN_RADIUS) {
            return;
        }
        // The spot is already mirrored with its shape.
        float cx = at.x(spot.x(), false);
        float cy = at.y(spot.y());
        cs.setNonStrokingColor(Ink.WHITE.r(), Ink.WHITE.g(), Ink.WHITE.b());
        cs.setStrokingColor(Ink.TEXT.r(), Ink.TEXT.g(), Ink.TEXT.b());
        cs.setLineWidth(0.5f);
        circle(cs, cx, cy, r);
        cs.fillAndStroke();
        Ink ink = Ink.strong(rating);
        cs.setStrokingColor(ink.r(), ink.g(), ink.b());
        cs.setNonStrokingColor(ink.r(), ink.g(), ink.b());
        cs.setLineWidth(r * 0.32f);
        cs.setLineCapStyle(1);
        float k = r * 0.45f;
        switch (rating) {
            case AVOID -> {
                cs.moveTo(cx - k, cy - k);
                cs.lineTo(cx + k, cy + k);
                cs.moveTo(cx - k, cy + k);
                cs.lineTo(cx + k, cy - k);
                cs.stroke();
            }
            case CAUTION -> {
                cs.moveTo(cx, cy + r * 0.55f);
                cs.lineTo(cx, cy - r * 0.1f);
                cs.stroke();
                circle(cs, cx, cy - r * 0.45f, r * 0.14f);
                cs.fill();
            }
            case FINE -> {
                cs.moveTo(cx - k, cy);
                cs.lineTo(cx - k * 0.25f, cy - k * 0.8f);
                cs.lineTo(cx + k, cy + k * 0.8f);
                cs.stroke();
            }
        }
        cs.setLineCapStyle(0);
    }

    /** A circle as four Bézier arcs. */
    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float c = r * 0.5523f;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + c, cx + c, cy + r, cx, cy + r);
        cs.curveTo(cx - c, cy + r, cx - r, cy + c, cx - r, cy);
        cs.curveTo(cx - r, cy - c, cx - c, cy - r, cx, cy - r);
        cs.curveTo(cx + c, cy - r, cx + r, cy - c, cx + r, cy);
        cs.closePath();
    }

    /** Stripes across the shape's box, kept inside that box so nothing is drawn past the figure. */
    private static void stripes(PDPageContentStream cs, float[] box, boolean diagonal) throws IOException {
        float minX = box[0];
        float minY = box[1];
        float maxX = box[2];
        float maxY = box[3];
        if (!diagonal) {
            for (float y = minY + STRIPE_STEP / 2; y < maxY; y += STRIPE_STEP) {
                cs.moveTo(minX, y);
                cs.lineTo(maxX, y);
            }
            cs.stroke();
            return;
        }
        // Lines x - y = c, clipped to the box by hand.
        float step = STRIPE_STEP * 1.414f;
        for (float c = minX - maxY; c < maxX - minY; c += step) {
            float x1 = Math.max(minX, minY + c);
            float x2 = Math.min(maxX, maxY + c);
            if (x2 > x1) {
                cs.moveTo(x1, x1 - c);
                cs.lineTo(x2, x2 - c);
            }
        }
        cs.stroke();
    }

    /** Appends a path to the content stream and returns its bounds (minX, minY, maxX, maxY) on the page. */
    private float[] trace(PDPageContentStream cs, String data, boolean mirrored, Placement at) throws IOException {
        List<PathSegment> segments = parsed.computeIfAbsent(data, parser::parse);
        float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (PathSegment s : segments) {
            if (s instanceof MoveTo m) {
                cs.moveTo(at.x(m.x(), mirrored), at.y(m.y()));
                grow(box, at.x(m.x(), mirrored), at.y(m.y()));
            } else if (s instanceof LineTo l) {
                cs.lineTo(at.x(l.x(), mirrored), at.y(l.y()));
                grow(box, at.x(l.x(), mirrored), at.y(l.y()));
            } else if (s instanceof CubicTo c) {
                cs.curveTo(at.x(c.x1(), mirrored), at.y(c.y1()), at.x(c.x2(), mirrored), at.y(c.y2()),
                        at.x(c.x(), mirrored), at.y(c.y()));
                grow(box, at.x(c.x(), mirrored), at.y(c.y()));
                grow(box, at.x(c.x1(), mirrored), at.y(c.y1()));
                grow(box, at.x(c.x2(), mirrored), at.y(c.y2()));
            } else {
                cs.closePath();
            }
        }
        box[0] = Math.max(box[0], at.left());
        box[1] = Math.max(box[1], at.bottom());
        box[2] = Math.min(box[2], at.right());
        box[3] = Math.min(box[3], at.top());
        return box;
    }

    private static void grow(float[] box, float x, float y) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
    }

    private static void colour(PDPageContentStream cs, Ink fill, Ink stroke) throws IOException {
        cs.setNonStrokingColor(fill.r(), fill.g(), fill.b());
        cs.setStrokingColor(stroke.r(), stroke.g(), stroke.b());
    }

    /**
     * Maps the figure's space (y down, {@code width} by {@code height}) into a box on the page (y
     * up), keeping proportions and centring; mirrored shapes are reflected about the midline.
     */
    private record Placement(double figureWidth, double scale, double originX, double originY,
                             float left, float bottom, float right, float top) {

        static Placement fit(Figure f, float x, float y, float w, float h) {
            double scale = Math.min(w / f.width(), h / f.height());
            double ox = x + (w - f.width() * scale) / 2;
            double oy = y + h - (h - f.height() * scale) / 2;
            return new Placement(f.width(), scale, ox, oy, x, y, x + w, y + h);
        }

        float x(double fx, boolean mirrored) {
            return (float) (originX + (mirrored ? figureWidth - fx : fx) * scale);
        }

        float y(double fy) {
            return (float) (originY - fy * scale);
        }
    }
}
