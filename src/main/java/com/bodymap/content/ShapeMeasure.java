package com.bodymap.content;

import com.bodymap.model.IconSpot;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Measures of one shape in the figure's units: its area, how many separate pieces it has, and
 * its pole of inaccessibility (the point inside it farthest from its edge, found with the
 * "polylabel" cell search), which is where a rating icon has the most room, and whose distance
 * to the edge is half the shape's thickness at its thickest.
 */
public final class ShapeMeasure {
    /** Curves are measured as polylines no farther than this from the curve. */
    private static final double FLATNESS = 0.1;

    private final Shape shape;
    private final List<double[]> rings;

    public ShapeMeasure(Shape shape) {
        this.shape = shape;
        this.rings = rings(shape);
    }

    public double area() {
        double sum = 0;
        for (double[] ring : rings) {
            sum += signedArea(ring);
        }
        return Math.abs(sum);
    }

    /** The number of separate outlines enclosing area (holes are not counted). */
    public int pieces() {
        double total = 0;
        for (double[] ring : rings) {
            total += signedArea(ring);
        }
        int pieces = 0;
        for (double[] ring : rings) {
            double a = signedArea(ring);
            if (Math.abs(a) > 1e-6 && Math.signum(a) == Math.signum(total)) {
                pieces++;
            }
        }
        return pieces;
    }

    public boolean isEmpty() {
        return area() < 1e-9;
    }

    /** The distance from a point to the shape's edge, positive inside and negative outside. */
    public double depth(double x, double y) {
        double d = Math.sqrt(edgeDistanceSquared(x, y));
        return shape.contains(x, y) ? d : -d;
    }

    /**
     * The point deepest inside the shape, to within {@code precision} units, with its distance to
     * the edge; for an empty shape, a spot with no room at the centre of its bounds.
     */
    public IconSpot pole(double precision) {
        Rectangle2D b = shape.getBounds2D();
        if (rings.isEmpty() || b.isEmpty()) {
            return new IconSpot(b.getCenterX(), b.getCenterY(), 0);
        }
        double size = Math.min(b.getWidth(), b.getHeight());
        double h = size / 2;
        PriorityQueue<Cell> queue = new PriorityQueue<>((p, q) -> Double.compare(q.max, p.max));
        for (double x = b.getMinX(); x < b.getMaxX(); x += size) {
            for (double y = b.getMinY(); y < b.getMaxY(); y += size) {
                queue.add(cell(x + h, y + h, h));
            }
        }
        Cell best = cell(b.getCenterX(), b.getCenterY(), 0);
        while (!queue.isEmpty()) {
            Cell c = queue.poll();
            if (c.d > best.d) {
                best = c;
            }
            if (c.max - best.d <= precision) {
                continue;
            }
            double q = c.h / 2;
            queue.add(cell(c.x - q, c.y - q, q));
            queue.add(cell(c.x + q, c.y - q, q));
            queue.add(cell(c.x - q, c.y + q, q));
            queue.add(cell(c.x + q, c.y + q, q));
        }
        return new IconSpot(best.x, best.y, Math.max(0, best.d));
    }

    /** A point of this shape's outline and how far it lies outside another shape. */
    public record Reach(double distance, double x, double y) {
    }

    /** The point of this shape's outline farthest outside {@code container} (distance 0 when none is outside). */
    public Reach farthestOutside(ShapeMeasure container) {
        Reach best = new Reach(0, Double.NaN, Double.NaN);
        for (double[] r : rings) {
            for (int i = 0; i < r.length; i += 2) {
                double out = -container.depth(r[i], r[i + 1]);
                if (out > best.distance()) {
                    best = new Reach(out, r[i], r[i + 1]);
                }
            }
        }
        return best;
    }

    /** Half the thickness of the thickest part: the radius of the largest disc inside the shape. */
    public double inscribedRadius() {
        return pole(0.1).room();
    }

    private Cell cell(double x, double y, double h) {
        double d = depth(x, y);
        return new Cell(x, y, h, d, d + h * Math.sqrt(2));
    }

    private record Cell(double x, double y, double h, double d, double max) {
    }

    private double edgeDistanceSquared(double px, double py) {
        double best = Double.MAX_VALUE;
        for (double[] r : rings) {
            int n = r.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                best = Math.min(best, segmentDistanceSquared(px, py, r[2 * i], r[2 * i + 1], r[2 * j], r[2 * j + 1]));
            }
        }
        return best;
    }

    private static double segmentDistanceSquared(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        double ex = ax + t * dx - px;
        double ey = ay + t * dy - py;
        return ex * ex + ey * ey;
    }

    private static double signedArea(double[] r) {
        int n = r.length / 2;
        double s = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            s += r[2 * i] * r[2 * j + 1] - r[2 * j] * r[2 * i + 1];
        }
        return s / 2;
    }

    /** The outline as closed polylines, one per subpath. */
    private static List<double[]> rings(Shape shape) {
        List<double[]> rings = new ArrayList<>();
        List<Double> ring = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = new Area(shape).getPathIterator(null, FLATNESS); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                close(ring, rings);
                ring.clear();
            }
            if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
                ring.add(c[0]);
                ring.add(c[1]);
            } else if (type == PathIterator.SEG_CLOSE) {
                close(ring, rings);
                ring.clear();
            }
        }
        close(ring, rings);
        return rings;
    }

    private static void close(List<Double> ring, List<double[]> rings) {
        if (ring.size() >= 6) {
            double[] r = new double[ring.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = ring.get(i);
            }
            rings.add(r);
        }
    }
}
