package com.bodymap.figuredraw;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns rough region drawings into the figure's shapes. Regions are carved in priority order:
 * each is clipped to the silhouette (and, if bilateral, to the left half), then loses whatever an
 * earlier region already holds, so neighbours share borders exactly and never overlap. A deep
 * region is clipped to the surface region it is reached through instead.
 */
final class Carver {
    /** One region to carve: a rough drawing, whether it is drawn once and mirrored, and what it lies under. */
    record Rough(String id, Shape shape, boolean bilateral, String under) {
    }

    private final Area silhouette;
    private final Area taken = new Area();
    private final Map<String, Area> carved = new LinkedHashMap<>();

    Carver(Area silhouette) {
        this.silhouette = silhouette;
    }

    Map<String, Area> carve(List<Rough> roughs) {
        for (Rough r : roughs) {
            Area a = new Area(r.shape());
            if (r.under() != null) {
                a.intersect(carved.get(r.under()));
                carved.put(r.id(), clean(a));
                continue;
            }
            a.intersect(silhouette);
            if (r.bilateral()) {
                a.intersect(Pen.leftHalf());
            }
            a.subtract(taken);
            a = clean(a);
            carved.put(r.id(), a);
            taken.add(a);
            if (r.bilateral()) {
                taken.add(Pen.mirror(a));
            }
        }
        return carved;
    }

    /**
     * Drops crumbs: separate bits left over by carving that are tiny in themselves or beside the
     * region's main piece (a hole in the region would be a ring too; the drawings have none).
     */
    static Area clean(Area a) {
        List<Path2D.Double> rings = new ArrayList<>();
        Path2D.Double ring = null;
        double[] c = new double[6];
        for (PathIterator it = a.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    ring = new Path2D.Double();
                    rings.add(ring);
                    ring.moveTo(c[0], c[1]);
                }
                case PathIterator.SEG_LINETO -> ring.lineTo(c[0], c[1]);
                case PathIterator.SEG_QUADTO -> ring.quadTo(c[0], c[1], c[2], c[3]);
                case PathIterator.SEG_CUBICTO -> ring.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                default -> ring.closePath();
            }
        }
        double largest = rings.stream().mapToDouble(r -> Math.abs(signedArea(r))).max().orElse(0);
        Path2D.Double kept = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (Path2D.Double r : rings) {
            double area = Math.abs(signedArea(r));
            if (area >= 6 && area >= largest * 0.03) {
                kept.append(r, false);
            } else if (area >= 6) {
                System.out.printf("    dropped a crumb of %.0f square units at %s%n", area, r.getBounds2D());
            }
        }
        return new Area(kept);
    }

    private static double signedArea(Shape s) {
        double sum = 0;
        double[] c = new double[6];
        double fx = 0;
        double fy = 0;
        double px = 0;
        double py = 0;
        for (PathIterator it = s.getPathIterator(null, 0.2); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                fx = px = c[0];
                fy = py = c[1];
            } else if (type == PathIterator.SEG_LINETO) {
                sum += px * c[1] - c[0] * py;
                px = c[0];
                py = c[1];
            } else {
                sum += px * fy - fx * py;
                px = fx;
                py = fy;
            }
        }
        return sum / 2;
    }
}
