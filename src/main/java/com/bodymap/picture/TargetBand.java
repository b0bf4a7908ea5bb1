package com.bodymap.picture;

import com.bodymap.picture.PictureSpec.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The part of a segment's surface a target names (between two fractions along it, round one side
 * of it), as the camera sees it: the visible stretch of that side at each cross-section, joined
 * into one outline. A side turned away from the viewer is hidden and yields nothing.
 */
final class TargetBand {
    private static final int ALONG = 10;
    private static final int ROUND = 24;

    /**
     * The outline (view cm), its area in square cm and its length along the segment in cm; the
     * outline is null when nothing shows.
     */
    record Band(SketchPath outline, double area, double length) {
        /** The band's mean width across the segment: a sliver along an edge is a few millimetres. */
        double width() {
            return length <= 0 ? 0 : area / length;
        }
    }

    private TargetBand() {
    }

    static Band of(Segment s, Target target, Camera camera) {
        Pt a = camera.project(s.start());
        Pt b = camera.project(s.end());
        Pt along = b.minus(a);
        if (along.length() < 1e-6) {
            return new Band(null, 0, 0);
        }
        Pt across = along.unit().left();
        Vec acrossWorld = camera.world(across.x(), across.y());
        Vec viewer = camera.towardViewer();
        boolean all = "all".equals(target.side());
        Vec centre = all ? null : s.direction(target.side());
        Vec axis = s.axis().unit();
        double spread = target.spread() == null ? 70 : target.spread();
        List<Pt> upper = new ArrayList<>();
        List<Pt> lower = new ArrayList<>();
        double area = 0;
        double length = 0;
        double previousWidth = -1;
        Pt previousCentre = null;
        for (int i = 0; i <= ALONG; i++) {
            double t = target.from() + (target.to() - target.from()) * i / ALONG;
            Pt c = camera.project(s.at(t));
            double[] span = all ? new double[] {-s.extent(t, acrossWorld.times(-1)), s.extent(t, acrossWorld)}
                    : visibleSpan(s, t, centre, axis.cross(centre).unit(), spread, acrossWorld, viewer);
            if (span == null) {
                continue;
            }
            upper.add(c.plus(across.times(span[1])));
            lower.add(c.plus(across.times(span[0])));
            double width = span[1] - span[0];
            if (previousCentre != null) {
                area += (width + previousWidth) / 2 * c.minus(previousCentre).length();
                length += c.minus(previousCentre).length();
            }
            previousWidth = width;
            previousCentre = c;
        }
        if (upper.size() < 2 || area < 1e-3) {
            return new Band(null, 0, 0);
        }
        SketchPath.Builder path = new SketchPath.Builder();
        path.moveTo(upper.get(0).x(), upper.get(0).y());
        Curves.through(path, upper);
        Collections.reverse(lower);
        path.lineTo(lower.get(0).x(), lower.get(0).y());
        Curves.through(path, lower);
        return new Band(path.close().build(), area, length);
    }

    /**
     * Where, across the projected axis, the facing part of one side of the cross-section shows:
     * {min, max} in cm, or null when all of it faces away from the viewer.
     */
    private static double[] visibleSpan(Segment s, double t, Vec centre, Vec sideways, double spread, Vec across, Vec viewer) {
        double[] section = s.section(t);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int k = 0; k <= ROUND; k++) {
            double angle = Math.toRadians(-spread + 2 * spread * k / ROUND);
            Vec d = centre.times(Math.cos(angle)).plus(sideways.times(Math.sin(angle)));
            double f = d.dot(s.front());
            double w = d.dot(s.right());
            double depth = f >= 0 ? section[0] : section[1];
            double r = 1 / Math.sqrt(f * f / (depth * depth) + w * w / (section[2] * section[2]));
            Vec point = d.times(r);
            Vec normal = s.front().times(f / (depth * depth)).plus(s.right().times(w / (section[2] * section[2])));
            if (normal.dot(viewer) < -0.02 * normal.length()) {
                continue;
            }
            double x = point.dot(across);
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return min > max ? null : new double[] {min, max};
    }
}
