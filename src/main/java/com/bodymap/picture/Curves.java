package com.bodymap.picture;

import java.util.ArrayList;
import java.util.List;

/** Smooth outlines through points (Catmull-Rom curves as cubic Béziers), ellipses and arcs. */
final class Curves {
    private static final double KAPPA = 0.5523;

    private Curves() {
    }

    /** Curves from the builder's current point (points.get(0)) through the rest; the first point is not moved to. */
    static void through(SketchPath.Builder b, List<Pt> points) {
        int n = points.size();
        for (int i = 0; i + 1 < n; i++) {
            Pt p0 = points.get(Math.max(0, i - 1));
            Pt p1 = points.get(i);
            Pt p2 = points.get(i + 1);
            Pt p3 = points.get(Math.min(n - 1, i + 2));
            Pt c1 = p1.plus(p2.minus(p0).times(1 / 6.0));
            Pt c2 = p2.minus(p3.minus(p1).times(1 / 6.0));
            b.curveTo(c1.x(), c1.y(), c2.x(), c2.y(), p2.x(), p2.y());
        }
    }

    /** A closed smooth loop through the points. */
    static SketchPath loop(List<Pt> points) {
        int n = points.size();
        SketchPath.Builder b = new SketchPath.Builder();
        b.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 0; i < n; i++) {
            Pt p0 = points.get((i - 1 + n) % n);
            Pt p1 = points.get(i);
            Pt p2 = points.get((i + 1) % n);
            Pt p3 = points.get((i + 2) % n);
            Pt c1 = p1.plus(p2.minus(p0).times(1 / 6.0));
            Pt c2 = p2.minus(p3.minus(p1).times(1 / 6.0));
            b.curveTo(c1.x(), c1.y(), c2.x(), c2.y(), p2.x(), p2.y());
        }
        return b.close().build();
    }

    /**
     * Half an ellipse from {@code from} to {@code to} (its diameter), bulging {@code depth} along
     * {@code out}: the rounded end of a limb.
     */
    static void halfEllipse(SketchPath.Builder b, Pt from, Pt to, Pt out, double depth) {
        Pt centre = from.lerp(to, 0.5);
        Pt half = from.minus(centre);
        Pt tip = centre.plus(out.times(depth));
        Pt bulge = out.times(depth * KAPPA);
        Pt c1 = from.plus(bulge);
        Pt c2 = tip.plus(half.times(KAPPA));
        b.curveTo(c1.x(), c1.y(), c2.x(), c2.y(), tip.x(), tip.y());
        Pt c3 = tip.minus(half.times(KAPPA));
        Pt c4 = to.plus(bulge);
        b.curveTo(c3.x(), c3.y(), c4.x(), c4.y(), to.x(), to.y());
    }

    /** An ellipse with semi-axes {@code a} along {@code dir} and {@code b} across it. */
    static SketchPath ellipse(Pt centre, Pt dir, double a, double b) {
        Pt u = dir.unit().times(a);
        Pt v = dir.unit().left().times(b);
        SketchPath.Builder p = new SketchPath.Builder();
        Pt start = centre.plus(u);
        p.moveTo(start.x(), start.y());
        Pt[] axes = {u, v, u.times(-1), v.times(-1), u};
        for (int i = 0; i < 4; i++) {
            Pt from = centre.plus(axes[i]);
            Pt to = centre.plus(axes[i + 1]);
            Pt c1 = from.plus(axes[i + 1].times(KAPPA));
            Pt c2 = to.plus(axes[i].times(KAPPA));
            p.curveTo(c1.x(), c1.y(), c2.x(), c2.y(), to.x(), to.y());
        }
        return p.close().build();
    }

    static SketchPath circle(Pt centre, double r) {
        return ellipse(centre, new Pt(1, 0), r, r);
    }

    /** Points along a circular arc, angles in degrees counter-clockwise (y up). */
    static List<Pt> arc(Pt centre, double r, double fromDeg, double toDeg) {
        List<Pt> pts = new ArrayList<>();
        int n = Math.max(6, (int) Math.ceil(Math.abs(toDeg - fromDeg) / 10));
        for (int i = 0; i <= n; i++) {
            double a = Math.toRadians(fromDeg + (toDeg - fromDeg) * i / n);
            pts.add(new Pt(centre.x() + r * Math.cos(a), centre.y() + r * Math.sin(a)));
        }
        return pts;
    }

    /** A closed polygon. */
    static SketchPath polygon(List<Pt> points) {
        SketchPath.Builder b = new SketchPath.Builder();
        b.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            b.lineTo(points.get(i).x(), points.get(i).y());
        }
        return b.close().build();
    }

    /** An open polyline. */
    static SketchPath line(List<Pt> points) {
        SketchPath.Builder b = new SketchPath.Builder();
        b.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            b.lineTo(points.get(i).x(), points.get(i).y());
        }
        return b.build();
    }

    /** A smooth open curve through the points. */
    static SketchPath smoothLine(List<Pt> points) {
        SketchPath.Builder b = new SketchPath.Builder();
        b.moveTo(points.get(0).x(), points.get(0).y());
        through(b, points);
        return b.build();
    }
}
