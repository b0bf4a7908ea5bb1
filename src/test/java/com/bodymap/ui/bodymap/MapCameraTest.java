package com.bodymap.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bodymap.model.Figure;
import com.bodymap.model.View;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** The zoom arithmetic, without a window. */
class MapCameraTest {
    private final MapCamera camera = new MapCamera(500, 800, 400, 1000);

    private static void near(Point2D expected, Point2D actual) {
        assertEquals(expected.getX(), actual.getX(), 1e-9, "x of " + actual);
        assertEquals(expected.getY(), actual.getY(), 1e-9, "y of " + actual);
    }

    @Test
    void atZoomOneTheWorldFitsAndIsCentred() {
        assertEquals(0.8, camera.fitScale(), 1e-12);
        Point2D centre = camera.clamp(1, new Point2D(10, 20));
        near(new Point2D(200, 500), centre);
        near(new Point2D(90, 0), camera.origin(1, centre));
    }

    @Test
    void zoomingKeepsThePointUnderTheAnchorWhereItIs() {
        Point2D centre = camera.clamp(1, camera.worldCentre());
        Point2D anchor = new Point2D(130, 610);
        Point2D under = camera.toWorld(1, centre, anchor);
        for (double to : new double[] {1.25, 2, 6}) {
            Point2D moved = camera.zoomAbout(1, centre, to, anchor);
            near(under, camera.toWorld(to, moved, anchor));
        }
        Point2D in = camera.zoomAbout(1, centre, 3, anchor);
        near(under, camera.toWorld(1.5, camera.zoomAbout(3, in, 1.5, anchor), anchor));
    }

    @Test
    void panningMovesTheDrawingWithThePointerAndNeverOffTheWorld() {
        Point2D centre = new Point2D(200, 500);
        Point2D panned = camera.panBy(2, centre, 40, -80);
        near(camera.toScreen(2, centre, new Point2D(100, 100)).add(40, -80), camera.toScreen(2, panned, new Point2D(100, 100)));
        near(new Point2D(0, 1000), camera.panBy(2, centre, 1e6, -1e6));
        near(new Point2D(200, 500), camera.panBy(1, centre, 300, 300));
    }

    @Test
    void aWorldOfTwoFiguresNamesTheFigureAtTheCentreAndConvertsBothWays() {
        Map<View, Figure> figures = new EnumMap<>(View.class);
        figures.put(View.FRONT, new Figure(View.FRONT, 400, 1000, "M0,0 Z", List.of(), List.of()));
        figures.put(View.BACK, new Figure(View.BACK, 400, 1000, "M0,0 Z", List.of(), List.of()));
        MapWorld world = new MapWorld(List.of(View.FRONT, View.BACK), figures);
        assertEquals(2 * MapWorld.MARGIN + 800 + MapWorld.GAP, world.width(), 1e-9);
        MapZoom onBack = new MapZoom(2, View.BACK, 150, 420);
        Point2D centre = world.centreOf(onBack);
        near(new Point2D(MapWorld.MARGIN + 400 + MapWorld.GAP + 150, MapWorld.MARGIN + 420), centre);
        assertEquals(onBack, world.zoomAt(2, centre));
        assertEquals(View.FRONT, world.zoomAt(2, new Point2D(MapWorld.MARGIN + 400 + MapWorld.GAP / 2 - 1, 0)).view());
        assertEquals(View.BACK, world.zoomAt(2, new Point2D(MapWorld.MARGIN + 400 + MapWorld.GAP / 2 + 1, 0)).view());

        MapWorld frontOnly = new MapWorld(List.of(View.FRONT), figures);
        near(new Point2D(MapWorld.MARGIN + 150, MapWorld.MARGIN + 420), frontOnly.centreOf(onBack));
    }

    @Test
    void aZoomOutOfRangeIsBroughtIntoIt() {
        assertEquals(MapZoom.MAX, new MapZoom(99, View.BACK, 0, 0).factor());
        assertEquals(1, new MapZoom(0.2, View.BACK, 0, 0).factor());
        assertEquals(1, new MapZoom(Double.NaN, View.BACK, 0, 0).factor());
        assertEquals(true, new MapZoom(3, null, 5, 5).isFit());
    }
}
