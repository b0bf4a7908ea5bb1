package com.bodymap.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The outline of a segment as seen by the camera: at each cross-section the silhouette's distance
 * either side of the projected axis, joined by smooth curves, with rounded ends. A segment seen
 * end-on becomes an ellipse.
 */
final class SegmentOutline {
    private SegmentOutline() {
    }

    static SketchPath of(Segment s, Camera camera) {
        Pt a = camera.project(s.start());
        Pt b = camera.project(s.end());
        Pt along = b.minus(a);
        double thickest = thickest(s);
        if (along.length() < 0.35 * thickest) {
            return endOn(s, camera);
        }
        Pt dir = along.unit();
        Pt across = dir.left();
        Vec acrossWorld = camera.world(across.x(), across.y());
        Vec alongWorld = camera.world(dir.x(), dir.y());
        List<Double> ts = stations(s);
        List<Pt> leftSide = new ArrayList<>();
        List<Pt> rightSide = new ArrayList<>();
        for (double t : ts) {
            Pt c = camera.project(s.at(t));
            leftSide.add(c.plus(across.times(s.extent(t, acrossWorld))));
            rightSide.add(c.minus(across.times(s.extent(t, acrossWorld.times(-1)))));
        }
        int n = ts.size() - 1;
        double endCap = cap(s, 1, alongWorld, leftSide.get(n), rightSide.get(n));
        double startCap = cap(s, 0, alongWorld.times(-1), leftSide.get(0), rightSide.get(0));
        SketchPath.Builder path = new SketchPath.Builder();
        path.moveTo(leftSide.get(0).x(), leftSide.get(0).y());
        Curves.through(path, leftSide);
        Curves.halfEllipse(path, leftSide.get(n), rightSide.get(n), dir, endCap);
        List<Pt> back = new ArrayList<>(rightSide);
        java.util.Collections.reverse(back);
        Curves.through(path, back);
        Curves.halfEllipse(path, rightSide.get(0), leftSide.get(0), dir.times(-1), startCap);
        return path.close().build();
    }

    /** How far a rounded end stands out beyond the last cross-section. */
    private static double cap(Segment s, double t, Vec outward, Pt left, Pt right) {
        double half = left.minus(right).length() / 2;
        return Math.max(s.extent(t, outward), Math.min(half * 0.75, s.cap(t)));
    }

    /** The station positions, with both ends. */
    static List<Double> stations(Segment s) {
        TreeSet<Double> ts = new TreeSet<>();
        ts.add(0.0);
        ts.add(1.0);
        s.stations().forEach(st -> ts.add(Math.max(0, Math.min(1, st[0]))));
        return new ArrayList<>(ts);
    }

    private static double thickest(Segment s) {
        double max = 0;
        for (double[] st : s.stations()) {
            max = Math.max(max, Math.max(st[1] + st[2], 2 * st[3]) / 2);
        }
        return max;
    }

    /** Seen along its axis: the largest cross-section as an ellipse. */
    private static SketchPath endOn(Segment s, Camera camera) {
        Pt centre = camera.project(s.at(0.5));
        Vec x = camera.world(1, 0);
        Vec y = camera.world(0, 1);
        double rx = 0;
        double ry = 0;
        for (double t : stations(s)) {
            rx = Math.max(rx, (s.extent(t, x) + s.extent(t, x.times(-1))) / 2);
            ry = Math.max(ry, (s.extent(t, y) + s.extent(t, y.times(-1))) / 2);
        }
        return Curves.ellipse(centre, new Pt(1, 0), Math.max(rx, 1), Math.max(ry, 1));
    }
}
