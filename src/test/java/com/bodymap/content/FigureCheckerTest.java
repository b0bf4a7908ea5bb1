package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Figure;
import com.bodymap.model.FigureShape;
import com.bodymap.model.IconSpot;
import com.bodymap.model.View;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each geometry rule fails on a figure drawn to break it, and says which shape and by how much. */
class FigureCheckerTest {
    private static final String BODY = "M 100 50 L 300 50 L 300 950 L 100 950 Z";
    /** A region 60 x 100 on the viewer's left, and the same drawn as its mirror. */
    private static final String BLOCK = "M 120 100 L 180 100 L 180 200 L 120 200 Z";
    /** Pixels per unit at the default window for these 400 x 1000 figures. */
    private static final double SCALE = FigureChecker.defaultScale(new Figure(View.FRONT, 400, 1000, BODY, List.of(), List.of()));

    /** A shape with its icon spot measured as the loader measures it. */
    private static FigureShape shape(String id, String path, boolean mirrored, String under) {
        Area a = new Area(new SvgPathReader().read(path));
        if (mirrored) {
            a.transform(new AffineTransform(-1, 0, 0, 1, 400, 0));
        }
        return new FigureShape(id, path, mirrored, under, new ShapeMeasure(a).pole(0.5));
    }

    /** A front view: the drawn half (viewer's left) is the body's right, its mirror the body's left. */
    private static List<FigureShape> pair(String region, String path) {
        return List.of(shape(region + "-right", path, false, null), shape(region + "-left", path, true, null));
    }

    private static List<FigureChecker.Finding> check(List<FigureShape> shapes) {
        return new FigureChecker().check(new Figure(View.FRONT, 400, 1000, BODY, List.of(), shapes));
    }

    @SafeVarargs
    private static List<FigureShape> all(List<FigureShape>... groups) {
        List<FigureShape> out = new ArrayList<>();
        Arrays.stream(groups).forEach(out::addAll);
        return out;
    }

    /** The one finding, reported once per side when both sides of a pair share it. */
    private static String only(List<FigureChecker.Finding> findings) {
        assertTrue(findings.size() == 1 || findings.size() == 2, findings.toString());
        return findings.get(0).message();
    }

    @Test
    void aCleanFigureHasNoFindings() {
        assertEquals(List.of(), check(all(pair("quads", BLOCK), pair("shin", "M 120 200 L 180 200 L 180 300 L 120 300 Z"),
                List.of(shape("spine", "M 185 100 L 215 100 L 215 200 L 185 200 Z", false, null)))));
        assertEquals(Math.min(FigureChecker.DEFAULT_VIEW_WIDTH_PX / 400, FigureChecker.DEFAULT_VIEW_HEIGHT_PX / 1000),
                FigureChecker.defaultScale(new Figure(View.FRONT, 400, 1000, BODY, List.of(), List.of())), 1e-9);
    }

    @Test
    void aDetailLineThatLeavesTheSilhouetteIsReported() {
        Figure inside = new Figure(View.FRONT, 400, 1000, BODY, List.of(), pair("quads", BLOCK),
                List.of("M 150 100 C 150 300 160 500 150 900"));
        assertEquals(List.of(), new FigureChecker().check(inside));
        Figure off = new Figure(View.FRONT, 400, 1000, BODY, List.of(), pair("quads", BLOCK),
                List.of("M 150 100 L 150 200", "M 250 400 L 320 400"));
        assertEquals(List.of(new FigureChecker.Finding("$.lines[1]", "detail line 1 leaves the silhouette near (320, 400)")),
                new FigureChecker().check(off));
    }

    @Test
    void aShapeOutsideTheSilhouetteIsReportedWithTheDistance() {
        String message = check(pair("quads", "M 90 100 L 180 100 L 180 200 L 90 200 Z")).get(0).message();
        assertTrue(message.contains(String.format(Locale.ROOT, "quads-right pokes out of the silhouette by 10.0 units (%.1f px",
                10 * SCALE)), message);
    }

    @Test
    void overlappingNeighboursAreReportedUnlessOneIsDeepUnderTheOther() {
        String band = "M 120 190 L 180 190 L 180 290 L 120 290 Z";
        List<FigureChecker.Finding> f = check(all(pair("quads", BLOCK), pair("shin", band)));
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("quads-right and shin-right overlap: 600 square units shared, up to 10.0 units"),
                f.get(0).message());
        List<FigureShape> deep = all(pair("quads", BLOCK), List.of(shape("shin-right", band, false, "quads"),
                shape("shin-left", band, true, "quads")));
        assertEquals(List.of(), check(deep), "a deep muscle may lie over the region it is reached through");
        List<FigureShape> deepElsewhere = all(pair("quads", BLOCK), List.of(shape("shin-right", band, false, "calf"),
                shape("shin-left", band, true, "calf")));
        assertEquals(2, check(deepElsewhere).size(), "but not over any other region");
    }

    @Test
    void aLeftShapeThatIsNotTheMirrorOfItsRightIsReported() {
        List<FigureShape> shapes = List.of(shape("quads-right", BLOCK, false, null),
                shape("quads-left", "M 120 100 L 180 100 L 180 215 L 120 215 Z", true, null));
        String message = only(check(shapes));
        assertTrue(message.contains("quads-left is not the mirror image of quads-right: they differ by a band up to 15.0 units"),
                message);
    }

    @Test
    void aSideDrawnWhereTheBodysOtherSideIsIsReported() {
        // On the front view the body's left is on the viewer's right; here it is drawn on the viewer's left.
        List<FigureShape> shapes = List.of(shape("quads-left", BLOCK, false, null), shape("quads-right", BLOCK, true, null));
        List<FigureChecker.Finding> f = check(shapes);
        assertTrue(f.stream().anyMatch(x -> x.message().equals(
                "quads-left is drawn on the viewer's left of the front view, where the body's right side is")), f.toString());
    }

    @Test
    void shapesTooThinOrTooSmallToHitAreReportedWithTheShortfall() {
        String thin = only(check(pair("itb", "M 120 100 L 130 100 L 130 500 L 120 500 Z")));
        assertTrue(thin.contains(String.format(Locale.ROOT, "itb-right is too thin to hit: the widest disc inside it is %.1f px "
                + "across at the default window, %.1f px short of 12 px", 10 * SCALE, 12 - 10 * SCALE)), thin);
        String small = only(check(pair("tfl", "M 120 100 L 150 100 L 150 150 L 120 150 Z")));
        double px = 30 * 50 * SCALE * SCALE;
        assertTrue(small.contains(String.format(Locale.ROOT, "tfl-right is too small to hit: %.0f px² at the default window, "
                + "%.0f px² short of 576 px²", px, 576 - px)), small);
    }

    @Test
    void anIconOutsideItsShapeAndAShapeInPiecesAreReported() {
        FigureShape stray = new FigureShape("quads-right", BLOCK, false, null, new IconSpot(250, 150, 30));
        List<FigureChecker.Finding> f = check(List.of(stray, shape("quads-left", BLOCK, true, null)));
        assertTrue(f.stream().anyMatch(x -> x.message().contains("quads-right has its rating icon at (250.0, 150.0), 70.0 units outside")),
                f.toString());
        String pieces = only(check(pair("calf", BLOCK + " M 120 300 L 180 300 L 180 400 L 120 400 Z")));
        assertTrue(pieces.contains("calf-right is in 2 separate pieces"), pieces);
    }
}
