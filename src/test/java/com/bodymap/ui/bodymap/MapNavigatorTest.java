package com.bodymap.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class MapNavigatorTest {
    private final Map<String, Point2D> centres = new LinkedHashMap<>();

    MapNavigatorTest() {
        centres.put("neck", new Point2D(200, 150));
        centres.put("chest-right", new Point2D(160, 230));
        centres.put("chest-left", new Point2D(240, 230));
        centres.put("abdomen", new Point2D(200, 330));
        centres.put("forearm-right", new Point2D(60, 380));
    }

    @Test
    void arrowsPickTheNearestShapeInThatDirection() {
        MapNavigator nav = new MapNavigator(centres);
        assertEquals("chest-left", nav.next("chest-right", MapNavigator.Direction.RIGHT).orElseThrow());
        assertEquals("abdomen", nav.next("chest-right", MapNavigator.Direction.DOWN).orElseThrow(),
                "straight ahead beats far off to the side");
        assertEquals("neck", nav.next("abdomen", MapNavigator.Direction.UP).orElseThrow());
        assertTrue(nav.next("neck", MapNavigator.Direction.UP).isEmpty(), "nothing above the top shape");
    }

    @Test
    void focusStartsAtTheTopNearTheMidline() {
        assertEquals("neck", new MapNavigator(centres).first(200).orElseThrow());
    }
}
