package com.bodymap.content;

import com.bodymap.model.Figure;
import com.bodymap.model.FigureShape;
import com.bodymap.model.IconSpot;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Side;
import com.bodymap.model.View;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a figure's geometry, so a drawing mistake fails the build (for the bundled figure) or is
 * reported (for a clinic's figure) instead of reaching a user's screen:
 * <ul>
 *   <li>no shape pokes out of the silhouette by more than {@link #TOLERANCE} units;</li>
 *   <li>no two shapes overlap by more than {@link #TOLERANCE} units, except a deep region over
 *       the surface region it is reached through;</li>
 *   <li>each left shape is the mirror image of its right partner, and lies on the body's left:
 *       the viewer's right on the front view, the viewer's left on the back view;</li>
 *   <li>each shape is big enough to hit at the default window: it holds a disc at least
 *       {@link #MIN_ACROSS_PX} px across (so it is that wide at its widest point, whatever its
 *       shape), and its area is at least {@link #MIN_AREA_PX} px², the 24 × 24 px minimum target of
 *       WCAG 2.2 (2.5.8), about a fingertip's contact patch;</li>
 *   <li>each shape's rating icon spot lies inside the shape;</li>
 *   <li>each shape is one piece;</li>
 *   <li>no detail line (the figure's {@code lines}) leaves the silhouette by more than {@link #TOLERANCE} units.</li>
 * </ul>
 * Sizes on screen use {@link #defaultScale(Figure)}, the figure's scale at the default window.
 */
public final class FigureChecker {
    /** How far, in figure units, a shape may stray over the silhouette or a neighbour (rounding in the path data). */
    public static final double TOLERANCE = 0.5;
    public static final double MIN_ACROSS_PX = 12;
    public static final double MIN_AREA_PX = 24 * 24;
    /**
     * The room one view of the figure gets in the app's default window (1280 × 860, what the app
     * opens on a 1920 × 1080 screen). Measured in the running app: the map's figure area is 576 px
     * tall there with the tool picker above it (0.576 px per unit for a 1000-unit figure; 624 px
     * before the picker). Assumed here: 560 px tall, leaving room for a caption per view, and
     * 270 px wide, the map pane (46% of the window) split in two for the front and back side by
     * side. FigureScaleUITest checks the running app still draws the figure at least this large.
     */
    public static final double DEFAULT_VIEW_WIDTH_PX = 270;
    public static final double DEFAULT_VIEW_HEIGHT_PX = 560;

    /** One thing wrong, with where it is in the file ({@code $.regions.glutes}) and by how much. */
    public record Finding(String location, String message) {
        @Override
        public String toString() {
            return location + ": " + message;
        }
    }

    private final SvgPathReader paths = new SvgPathReader();

    /** Pixels per figure unit when the figure fills one view's room at the default window. */
    public static double defaultScale(Figure figure) {
        return Math.min(DEFAULT_VIEW_WIDTH_PX / figure.width(), DEFAULT_VIEW_HEIGHT_PX / figure.height());
    }

    public List<Finding> check(Figure figure) {
        List<Finding> findings = new ArrayList<>();
        ShapeMeasure silhouette = new ShapeMeasure(paths.read(figure.silhouette()));
        double scale = defaultScale(figure);
        Map<String, Area> areas = new LinkedHashMap<>();
        for (FigureShape shape : figure.shapes()) {
            Area a = new Area(paths.read(shape.path()));
            if (shape.mirrored()) {
                a.transform(mirror(figure));
            }
            areas.put(shape.partId(), a);
            String where = location(shape);
            ShapeMeasure m = new ShapeMeasure(a);
            if (m.isEmpty()) {
                findings.add(new Finding(where, shape.partId() + " is empty"));
                continue;
            }
            if (m.pieces() > 1) {
                findings.add(new Finding(where, shape.partId() + " is in " + m.pieces() + " separate pieces; draw it as one outline"));
            }
            ShapeMeasure.Reach out = m.farthestOutside(silhouette);
            if (out.distance() > TOLERANCE) {
                findings.add(new Finding(where, String.format(Locale.ROOT,
                        "%s pokes out of the silhouette by %.1f units (%.1f px at the default window) near (%.0f, %.0f)",
                        shape.partId(), out.distance(), out.distance() * scale, out.x(), out.y())));
            }
            size(shape, m, scale, where, findings);
            icon(shape, m, where, findings);
            side(figure, shape, m, where, findings);
        }
        mirrors(figure, areas, findings);
        overlaps(figure, areas, scale, findings);
        lines(figure, findings);
        return findings;
    }

    /** Detail lines are drawn over the regions, so a stroke off the body would show on the background. */
    private void lines(Figure figure, List<Finding> findings) {
        Area body = new Area(paths.read(figure.silhouette()));
        double[] c = new double[6];
        for (int i = 0; i < figure.lines().size(); i++) {
            PathIterator it = paths.read(figure.lines().get(i)).getPathIterator(null, 0.1);
            for (; !it.isDone(); it.next()) {
                if (it.currentSegment(c) == PathIterator.SEG_CLOSE) {
                    continue;
                }
                double x = c[0];
                double y = c[1];
                if (!body.contains(x, y) && !body.intersects(x - TOLERANCE, y - TOLERANCE, 2 * TOLERANCE, 2 * TOLERANCE)) {
                    findings.add(new Finding("$.lines[" + i + "]", String.format(Locale.ROOT,
                            "detail line %d leaves the silhouette near (%.0f, %.0f)", i, x, y)));
                    break;
                }
            }
        }
    }

    private static void size(FigureShape shape, ShapeMeasure m, double scale, String where, List<Finding> findings) {
        double across = 2 * m.inscribedRadius() * scale;
        if (across < MIN_ACROSS_PX) {
            findings.add(new Finding(where, String.format(Locale.ROOT,
                    "%s is too thin to hit: the widest disc inside it is %.1f px across at the default window, "
                            + "%.1f px short of %.0f px", shape.partId(), across, MIN_ACROSS_PX - across, MIN_ACROSS_PX)));
        }
        double area = m.area() * scale * scale;
        if (area < MIN_AREA_PX) {
            findings.add(new Finding(where, String.format(Locale.ROOT,
                    "%s is too small to hit: %.0f px² at the default window, %.0f px² short of %.0f px² (24 × 24 px)",
                    shape.partId(), area, MIN_AREA_PX - area, MIN_AREA_PX)));
        }
    }

    private static void icon(FigureShape shape, ShapeMeasure m, String where, List<Finding> findings) {
        IconSpot spot = shape.icon();
        if (spot == null) {
            findings.add(new Finding(where, shape.partId() + " has no icon spot"));
            return;
        }
        double depth = m.depth(spot.x(), spot.y());
        if (depth <= 0) {
            findings.add(new Finding(where, String.format(Locale.ROOT,
                    "%s has its rating icon at (%.1f, %.1f), %.1f units outside the shape", shape.partId(), spot.x(), spot.y(), -depth)));
        }
    }

    /** The body's left is on the viewer's right on the front view and on the viewer's left on the back view. */
    private static void side(Figure figure, FigureShape shape, ShapeMeasure m, String where, List<Finding> findings) {
        Side side = RegionPart.sideOf(shape.partId());
        if (side == Side.MIDLINE) {
            return;
        }
        double x = m.pole(1).x();
        boolean viewerRight = x > figure.width() / 2;
        boolean bodyLeft = figure.view() == View.FRONT ? viewerRight : !viewerRight;
        if (bodyLeft != (side == Side.LEFT)) {
            findings.add(new Finding(where, shape.partId() + " is drawn on the viewer's " + (viewerRight ? "right" : "left")
                    + " of the " + figure.view().key() + " view, where the body's " + side.opposite().key() + " side is"));
        }
    }

    private static void mirrors(Figure figure, Map<String, Area> areas, List<Finding> findings) {
        areas.forEach((id, left) -> {
            if (RegionPart.sideOf(id) != Side.LEFT) {
                return;
            }
            String rightId = RegionPart.regionIdOf(id) + "-right";
            Area right = areas.get(rightId);
            if (right == null) {
                findings.add(new Finding("$.regions." + RegionPart.regionIdOf(id), id + " has no right partner"));
                return;
            }
            Area difference = new Area(left);
            difference.exclusiveOr(right.createTransformedArea(mirror(figure)));
            double off = 2 * new ShapeMeasure(difference).inscribedRadius();
            if (off > TOLERANCE) {
                findings.add(new Finding("$.regions." + RegionPart.regionIdOf(id), String.format(Locale.ROOT,
                        "%s is not the mirror image of %s: they differ by a band up to %.1f units wide", id, rightId, off)));
            }
        });
    }

    private static void overlaps(Figure figure, Map<String, Area> areas, double scale, List<Finding> findings) {
        List<FigureShape> shapes = figure.shapes();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                FigureShape a = shapes.get(i);
                FigureShape b = shapes.get(j);
                Area x = areas.get(a.partId());
                Area y = areas.get(b.partId());
                if (x == null || y == null || deepOver(a, b) || deepOver(b, a)
                        || !x.getBounds2D().intersects(y.getBounds2D())) {
                    continue;
                }
                Area shared = new Area(x);
                shared.intersect(y);
                if (shared.isEmpty()) {
                    continue;
                }
                ShapeMeasure m = new ShapeMeasure(shared);
                IconSpot thickest = m.pole(0.1);
                if (2 * thickest.room() > TOLERANCE) {
                    findings.add(new Finding(location(a), String.format(Locale.ROOT,
                            "%s and %s overlap: %.0f square units shared, up to %.1f units (%.1f px) thick, near (%.0f, %.0f)",
                            a.partId(), b.partId(), m.area(), 2 * thickest.room(), 2 * thickest.room() * scale,
                            thickest.x(), thickest.y())));
                }
            }
        }
    }

    /** A deep part may lie over any part of the region it is reached through, on its own side or the midline. */
    private static boolean deepOver(FigureShape deep, FigureShape surface) {
        if (!deep.deep() || !RegionPart.regionIdOf(surface.partId()).equals(deep.under())) {
            return false;
        }
        Side s = RegionPart.sideOf(surface.partId());
        return s == Side.MIDLINE || s == RegionPart.sideOf(deep.partId()) || RegionPart.sideOf(deep.partId()) == Side.MIDLINE;
    }

    private static String location(FigureShape shape) {
        return "$.regions." + RegionPart.regionIdOf(shape.partId()) + (shape.mirrored() ? " (mirrored)" : "");
    }

    private static AffineTransform mirror(Figure figure) {
        AffineTransform t = AffineTransform.getTranslateInstance(figure.width(), 0);
        t.scale(-1, 1);
        return t;
    }
}
