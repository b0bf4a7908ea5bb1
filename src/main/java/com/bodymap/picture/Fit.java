package com.bodymap.picture;

import com.bodymap.picture.SketchPath.Close;
import com.bodymap.picture.SketchPath.CurveTo;
import com.bodymap.picture.SketchPath.LineTo;
import com.bodymap.picture.SketchPath.MoveTo;
import com.bodymap.picture.SketchPath.Step;
import java.util.ArrayList;
import java.util.List;

/** Places the view's centimetres (y up) in a box of points (y down), keeping proportions and centring. */
final class Fit {
    final double scale;
    private final double left;
    private final double top;
    private final double width;
    private final double height;

    /**
     * {@code bounds} is {minX, minY, maxX, maxY} in cm; {@code pad} points are kept free round it.
     * {@code onFloor} sets the drawing down on the bottom edge instead of centring it, so the floor
     * stays a thin strip at the foot of the box.
     */
    Fit(double[] bounds, double width, double height, double pad, boolean onFloor) {
        double bw = Math.max(1, bounds[2] - bounds[0]);
        double bh = Math.max(1, bounds[3] - bounds[1]);
        this.scale = Math.min((width - 2 * pad) / bw, (height - 2 * pad) / bh);
        this.left = (width - bw * scale) / 2 - bounds[0] * scale;
        double free = height - bh * scale;
        this.top = (onFloor ? free - pad : free / 2) + bounds[3] * scale;
        this.width = width;
        this.height = height;
    }

    Pt map(Pt p) {
        return new Pt(left + p.x() * scale, top - p.y() * scale);
    }

    /** The view's y (cm) at a point's height on the sketch. */
    double viewY(double sketchY) {
        return (top - sketchY) / scale;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    SketchPath map(SketchPath path) {
        List<Step> out = new ArrayList<>();
        for (Step s : path.steps()) {
            if (s instanceof MoveTo m) {
                Pt p = map(new Pt(m.x(), m.y()));
                out.add(new MoveTo(p.x(), p.y()));
            } else if (s instanceof LineTo l) {
                Pt p = map(new Pt(l.x(), l.y()));
                out.add(new LineTo(p.x(), p.y()));
            } else if (s instanceof CurveTo c) {
                Pt a = map(new Pt(c.x1(), c.y1()));
                Pt b = map(new Pt(c.x2(), c.y2()));
                Pt p = map(new Pt(c.x(), c.y()));
                out.add(new CurveTo(a.x(), a.y(), b.x(), b.y(), p.x(), p.y()));
            } else {
                out.add(new Close());
            }
        }
        return new SketchPath(out);
    }

    /** Grows {minX, minY, maxX, maxY} by every point of the path, control points included. */
    static void grow(double[] box, SketchPath path) {
        for (Step s : path.steps()) {
            if (s instanceof MoveTo m) {
                grow(box, m.x(), m.y());
            } else if (s instanceof LineTo l) {
                grow(box, l.x(), l.y());
            } else if (s instanceof CurveTo c) {
                grow(box, c.x1(), c.y1());
                grow(box, c.x2(), c.y2());
                grow(box, c.x(), c.y());
            }
        }
    }

    /** Grows the box by the path's points at or above the height {@code cut}. */
    static void growAbove(double[] box, SketchPath path, double cut) {
        for (Step s : path.steps()) {
            if (s instanceof MoveTo m && m.y() >= cut) {
                grow(box, m.x(), m.y());
            } else if (s instanceof LineTo l && l.y() >= cut) {
                grow(box, l.x(), l.y());
            } else if (s instanceof CurveTo c && c.y() >= cut) {
                grow(box, c.x(), c.y());
            }
        }
    }

    static void grow(double[] box, double x, double y) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
    }

    static double[] empty() {
        return new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    }

    /** The bounds of a path, {minX, minY, maxX, maxY}. */
    static double[] bounds(SketchPath path) {
        double[] box = empty();
        grow(box, path);
        return box;
    }
}
