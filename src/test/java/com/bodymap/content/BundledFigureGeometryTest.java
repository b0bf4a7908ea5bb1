package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.bodymap.model.Figure;
import com.bodymap.model.FigureShape;
import com.bodymap.model.IconSpot;
import com.bodymap.model.Region;
import com.bodymap.model.View;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled figure's geometry, checked without a display. It fails, naming the shape and by how
 * much, when:
 * <ul>
 *   <li>a region shape pokes out of the silhouette by more than half a figure unit;</li>
 *   <li>two shapes overlap by more than half a unit, unless one is a deep muscle drawn over the
 *       surface region it is reached through (the file's {@code deep} pairs: piriformis over glutes);</li>
 *   <li>a left shape is not the mirror image of its right partner, or a side is drawn where the
 *       body's other side is (front view: the body's left on the viewer's right);</li>
 *   <li>a shape is too small to hit. The rule, at the default window (1280 × 860, where each view
 *       gets 560 px of height, measured as 576 px; see {@link FigureChecker#defaultScale} and
 *       FigureScaleUITest): the shape holds a disc 12 px across, so it is at least 12 px across at
 *       its narrowest where it is widest (no sliver), and its area is at least 24 × 24 px = 576 px²,
 *       the WCAG 2.2 minimum target, about a fingertip's contact patch;</li>
 *   <li>a rating icon spot is not inside its shape, or is not the point deepest inside it
 *       (within 10% of the deepest point found by a brute-force search);</li>
 *   <li>a region in the content has no shape, or a shape names no region (on its view).</li>
 * </ul>
 */
class BundledFigureGeometryTest {
    private static ContentRepository content;
    private static Map<View, Figure> figures;

    @BeforeAll
    static void load() throws Exception {
        content = new ContentLoader().load(ContentSource.bundled());
        try {
            figures = new FigureLoader().load(content);
        } catch (ContentException e) {
            fail("the bundled figure does not load: " + e.problems());
        }
    }

    @Test
    void everyShapeIsInsideTheSilhouetteApartFromItsNeighboursMirroredAndBigEnoughToHit() {
        List<String> failures = new ArrayList<>();
        for (Figure figure : figures.values()) {
            for (FigureChecker.Finding f : new FigureChecker().check(figure)) {
                failures.add(figure.view().key() + ".json " + f);
            }
        }
        failures.forEach(f -> System.out.println("FIGURE: " + f));
        assertEquals(List.of(), failures, "the figure's geometry (each line names the shape and by how much)");
    }

    @Test
    void everyRegionHasItsShapesAndEveryShapeNamesARegion() throws Exception {
        for (View view : View.values()) {
            Set<String> drawn = new TreeSet<>();
            try (InputStream in = FigureLoader.class.getResourceAsStream("/assets/figure/" + view.key() + ".json")) {
                JsonNode file = new ObjectMapper().readTree(in);
                file.get("regions").fieldNames().forEachRemaining(drawn::add);
            }
            Set<String> regions = content.regions().stream().filter(r -> r.view() == view).map(Region::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> noShape = new TreeSet<>(regions);
            noShape.removeAll(drawn);
            Set<String> noRegion = new TreeSet<>(drawn);
            noRegion.removeAll(regions);
            assertEquals(Set.of(), noShape, view.key() + " view: regions in the content with no shape");
            assertEquals(Set.of(), noRegion, view.key() + " view: shapes that name no region of this view");
            long parts = content.regions().stream().filter(r -> r.view() == view).mapToLong(r -> r.parts().size()).sum();
            assertEquals(parts, figures.get(view).shapes().size(), view.key() + " view: one shape per region part");
        }
    }

    @Test
    void eachIconSpotIsThePointDeepestInsideItsShape() {
        SvgPathReader reader = new SvgPathReader();
        List<String> failures = new ArrayList<>();
        for (Figure figure : figures.values()) {
            for (FigureShape shape : figure.shapes()) {
                Area a = new Area(reader.read(shape.path()));
                if (shape.mirrored()) {
                    a.transform(new java.awt.geom.AffineTransform(-1, 0, 0, 1, figure.width(), 0));
                }
                ShapeMeasure m = new ShapeMeasure(a);
                IconSpot spot = shape.icon();
                double deepest = bruteForceDeepest(m, a.getBounds2D());
                double depth = m.depth(spot.x(), spot.y());
                if (depth < 0.9 * deepest) {
                    failures.add(String.format(Locale.ROOT, "%s: icon at (%.1f, %.1f) is %.1f units from the edge; "
                            + "the deepest point is %.1f units in", shape.partId(), spot.x(), spot.y(), depth, deepest));
                }
            }
        }
        failures.forEach(f -> System.out.println("FIGURE: " + f));
        assertEquals(List.of(), failures);
    }

    @Test
    void thereAre39RegionsDrawnAs72Shapes() {
        assertEquals(39, content.regions().size());
        assertEquals(72, figures.values().stream().mapToInt(f -> f.shapes().size()).sum());
        assertTrue(figures.get(View.BACK).shape("piriformis-left").orElseThrow().deep(), "the piriformis is drawn deep");
    }

    /** The greatest depth over a one-unit grid: an independent check on the pole search. */
    private static double bruteForceDeepest(ShapeMeasure m, Rectangle2D b) {
        double best = 0;
        for (double x = Math.floor(b.getMinX()); x <= b.getMaxX(); x += 1) {
            for (double y = Math.floor(b.getMinY()); y <= b.getMaxY(); y += 1) {
                best = Math.max(best, m.depth(x, y));
            }
        }
        return best;
    }
}
