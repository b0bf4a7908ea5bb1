package com.bodymap.figuredraw;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Drawing helpers for the figure generator: smooth closed outlines through a list of points
 * (cubic Béziers with tangents from the neighbouring points), ellipses, capsules and mirroring
 * about the midline.
 *
 * <p>A point list is written as "x,y x,y ...". A point may end with a flag: {@code *} (before or after it) a corner,
 * {@code h} a horizontal tangent, {@code v} a vertical tangent (used where an outline meets the
 * midline, so the mirrored halves join without a kink).
 */
final class Pen {
    static final double MID = 200;

    private Pen() {
    }

    private record Pt(double x, double y, char flag) {
    }

    /**
     * A closed smooth outline symmetric about the midline, from its left half: the points run from
     * the midline down the left side back to the midline, and are mirrored to close the outline.
     */
    static Path2D.Double symmetric(String leftChain) {
        List<Pt> left = parse(leftChain);
        StringBuilder all = new StringBuilder(leftChain);
        for (int i = left.size() - 2; i >= 1; i--) {
            Pt p = left.get(i);
            all.append(' ').append(2 * MID - p.x).append(',').append(p.y).append(p.flag == ' ' ? "" : String.valueOf(p.flag));
        }
        return smooth(all.toString());
    }

    /** A closed smooth outline through the points. */
    static Path2D.Double smooth(String points) {
        List<Pt> p = parse(points);
        int n = p.size();
        double[][] t = tangents(p, true);
        Path2D.Double path = new Path2D.Double();
        path.moveTo(p.get(0).x, p.get(0).y);
        for (int i = 0; i < n; i++) {
            Pt a = p.get(i);
            Pt b = p.get((i + 1) % n);
            segment(path, a, b, t[i], t[(i + 1) % n]);
        }
        path.closePath();
        return path;
    }

    /** An open smooth curve through the points (a detail line), starting and ending along its first and last chords. */
    static Path2D.Double open(String points) {
        List<Pt> p = parse(points);
        int n = p.size();
        double[][] t = tangents(p, true);
        t[0] = unit(p.get(1).x - p.get(0).x, p.get(1).y - p.get(0).y);
        t[n - 1] = unit(p.get(n - 1).x - p.get(n - 2).x, p.get(n - 1).y - p.get(n - 2).y);
        Path2D.Double path = new Path2D.Double();
        path.moveTo(p.get(0).x, p.get(0).y);
        for (int i = 0; i + 1 < n; i++) {
            segment(path, p.get(i), p.get(i + 1), t[i], t[i + 1]);
        }
        return path;
    }

    /** The open shape reflected about the midline (an {@link Area} would close it). */
    static Shape mirrorLine(Shape s) {
        AffineTransform m = AffineTransform.getTranslateInstance(2 * MID, 0);
        m.scale(-1, 1);
        return new Path2D.Double(s, m);
    }

    private static void segment(Path2D.Double path, Pt a, Pt b, double[] ta, double[] tb) {
        double d = Math.hypot(b.x - a.x, b.y - a.y);
        double[] out = a.flag == '*' ? unit(b.x - a.x, b.y - a.y) : ta;
        double[] in = b.flag == '*' ? unit(b.x - a.x, b.y - a.y) : tb;
        path.curveTo(a.x + out[0] * d / 3, a.y + out[1] * d / 3,
                b.x - in[0] * d / 3, b.y - in[1] * d / 3, b.x, b.y);
    }

    private static double[][] tangents(List<Pt> p, boolean closed) {
        int n = p.size();
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            Pt prev = p.get((i - 1 + n) % n);
            Pt cur = p.get(i);
            Pt next = p.get((i + 1) % n);
            double[] u1 = unit(cur.x - prev.x, cur.y - prev.y);
            double[] u2 = unit(next.x - cur.x, next.y - cur.y);
            double[] bis = unit(u1[0] + u2[0], u1[1] + u2[1]);
            if (cur.flag == 'h') {
                bis = new double[] {Math.signum(next.x - prev.x), 0};
            } else if (cur.flag == 'v') {
                bis = new double[] {0, Math.signum(next.y - prev.y)};
            }
            t[i] = bis;
        }
        return t;
    }

    private static double[] unit(double x, double y) {
        double l = Math.hypot(x, y);
        return l == 0 ? new double[] {0, 0} : new double[] {x / l, y / l};
    }

    private static List<Pt> parse(String points) {
        List<Pt> out = new ArrayList<>();
        for (String tok : points.trim().split("\\s+")) {
            char last = tok.charAt(tok.length() - 1);
            char flag = Character.isDigit(last) ? ' ' : last;
            String xy = flag == ' ' ? tok : tok.substring(0, tok.length() - 1);
            if (xy.startsWith("*")) {
                flag = '*';
                xy = xy.substring(1);
            }
            String[] parts = xy.split(",");
            out.add(new Pt(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), flag));
        }
        return out;
    }

    static Area area(Shape s) {
        return new Area(s);
    }

    static Area ellipse(double cx, double cy, double rx, double ry) {
        return new Area(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
    }

    /** A stadium from (x1, y1) to (x2, y2) with round ends of radius r1 and r2 (a tapering finger). */
    static Area capsule(double x1, double y1, double x2, double y2, double r1, double r2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double l = Math.hypot(dx, dy);
        double nx = -dy / l;
        double ny = dx / l;
        Path2D.Double body = new Path2D.Double();
        body.moveTo(x1 + nx * r1, y1 + ny * r1);
        body.lineTo(x2 + nx * r2, y2 + ny * r2);
        body.lineTo(x2 - nx * r2, y2 - ny * r2);
        body.lineTo(x1 - nx * r1, y1 - ny * r1);
        body.closePath();
        Area a = new Area(body);
        a.add(ellipse(x1, y1, r1, r1));
        a.add(ellipse(x2, y2, r2, r2));
        return a;
    }

    static Area mirror(Shape s) {
        return new Area(AffineTransform.getTranslateInstance(2 * MID, 0).createTransformedShape(
                AffineTransform.getScaleInstance(-1, 1).createTransformedShape(s)));
    }

    /** The shape and its mirror image: a whole midline shape from its left half. */
    static Area both(Shape s) {
        Area a = new Area(s);
        a.add(mirror(s));
        return a;
    }

    static Area rotate(Area a, double degrees, double cx, double cy) {
        return a.createTransformedArea(AffineTransform.getRotateInstance(Math.toRadians(degrees), cx, cy));
    }

    static Area union(Shape... shapes) {
        Area a = new Area();
        for (Shape s : shapes) {
            a.add(new Area(s));
        }
        return a;
    }

    static Area minus(Shape a, Shape b) {
        Area r = new Area(a);
        r.subtract(new Area(b));
        return r;
    }

    static Area intersect(Shape a, Shape b) {
        Area r = new Area(a);
        r.intersect(new Area(b));
        return r;
    }

    /** Everything left of the midline (the half each bilateral shape is drawn in). */
    static Area leftHalf() {
        return new Area(new java.awt.geom.Rectangle2D.Double(-100, -100, MID + 100, 1200));
    }
}
