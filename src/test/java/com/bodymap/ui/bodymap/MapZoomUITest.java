package com.bodymap.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.ui.MainWindowFixture;
import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zoom and pan on the real main window, driven with the robot's keys, wheel, drags and clicks. "The
 * region stays under the pointer" is checked exactly: the point of the region's own drawing under
 * the pointer is the same before and after.
 */
@ExtendWith(ApplicationExtension.class)
class MapZoomUITest {

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture.openFresh(stage);
    }

    private static Node node(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    /** How wide 100 units of the shape's drawing are on screen now (its outline's width changes on hover, so not its bounds). */
    private static double widthOnScreen(FxRobot robot, String id) {
        Node n = node(robot, id);
        return n.localToScreen(100, 0).distance(n.localToScreen(0, 0));
    }

    /**
     * A whole-pixel screen point well inside the shape (the mouse can only be on whole pixels) and
     * clear of any other region drawn over it (a deep muscle), found from its middle outwards, so the
     * test holds for any drawing of the region.
     */
    static Point2D insidePoint(FxRobot robot, String id) {
        Node n = node(robot, id);
        List<Node> others = robot.lookup(".region-shape").queryAll().stream()
                .filter(o -> o != n && o.getScene() != null).toList();
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        double cx = Math.round(b.getCenterX());
        double cy = Math.round(b.getCenterY());
        for (int r = 0; r < 40; r++) {
            for (int dx = -r; dx <= r; dx++) {
                for (int dy = -r; dy <= r; dy++) {
                    Point2D p = new Point2D(cx + dx, cy + dy);
                    if (Math.max(Math.abs(dx), Math.abs(dy)) == r && deepInside(n, p)
                            && others.stream().noneMatch(o -> o.contains(o.screenToLocal(p)))) {
                        return p;
                    }
                }
            }
        }
        throw new AssertionError("no point well inside " + id);
    }

    private static boolean deepInside(Node n, Point2D p) {
        for (int dx = -3; dx <= 3; dx += 3) {
            for (int dy = -3; dy <= 3; dy += 3) {
                if (!n.contains(n.screenToLocal(p.add(dx, dy)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Point2D mouse(FxRobot robot) {
        return robot.robotContext().getBaseRobot().retrieveMouse();
    }

    private static void assertStaysUnder(FxRobot robot, String id, Point2D pointer, Point2D before, String after) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D now = node(robot, id).screenToLocal(pointer);
        assertTrue(node(robot, id).contains(now), id + " is still under the pointer " + after);
        assertEquals(before.getX(), now.getX(), 0.75, "the same point of " + id + " is under the pointer " + after);
        assertEquals(before.getY(), now.getY(), 0.75, "the same point of " + id + " is under the pointer " + after);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#region-title").queryAs(Label.class).getText();
    }

    /** The middle of the visible map, on screen. */
    private static Point2D mapCentre(FxRobot robot) {
        Node drawing = robot.lookup("#map-drawing").query();
        Bounds b = drawing.localToScreen(drawing.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** The point of {@code id}'s drawing (its own coordinates, inside it or not) shown at the middle of the map. */
    private static Point2D atMapCentre(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return node(robot, id).screenToLocal(mapCentre(robot));
    }

    private static void assertSameAtCentre(Point2D before, Point2D now, String after) {
        assertEquals(before.getX(), now.getX(), 0.75, "the same point of the drawing is at the middle of the map " + after);
        assertEquals(before.getY(), now.getY(), 0.75, "the same point of the drawing is at the middle of the map " + after);
    }

    @Test
    void keysZoomInAndOutAboutTheMiddleOfTheMapAndCtrl0Fits(FxRobot robot) {
        robot.clickOn("#view-back");
        double fitWidth = widthOnScreen(robot, "glutes-left");
        // The pointer stays on a region far from the middle: keys zoom about the middle all the same.
        robot.clickOn(insidePoint(robot, "upper-trapezius-left"), MouseButton.PRIMARY);
        Point2D pointer = mouse(robot);
        assertTrue(pointer.distance(mapCentre(robot)) > 60, "the pointer is away from the middle: " + pointer);
        Point2D middle = atMapCentre(robot, "glutes-left");

        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.PLUS);
        ctrl(robot, KeyCode.ADD);
        double zoomed = widthOnScreen(robot, "glutes-left");
        assertEquals(fitWidth * Math.pow(MapViewport.STEP, 3), zoomed, fitWidth * 0.02, "three steps of Ctrl+plus");
        assertSameAtCentre(middle, atMapCentre(robot, "glutes-left"), "after Ctrl+plus");

        ctrl(robot, KeyCode.MINUS);
        assertEquals(fitWidth * Math.pow(MapViewport.STEP, 2), widthOnScreen(robot, "glutes-left"), fitWidth * 0.02, "Ctrl+minus");
        assertSameAtCentre(middle, atMapCentre(robot, "glutes-left"), "after Ctrl+minus");

        ctrl(robot, KeyCode.DIGIT0);
        assertEquals(fitWidth, widthOnScreen(robot, "glutes-left"), 0.5, "Ctrl+0 fits the figure again");
        assertTrue(title(robot).startsWith("Upper trapezius"), "zooming never changes the selection: " + title(robot));
    }

    @Test
    void buttonsZoomAboutTheMiddleOfTheMapNotTheButtonOrTheLastClickAndFitResets(FxRobot robot) {
        robot.clickOn("#view-back");
        double fitWidth = widthOnScreen(robot, "hamstrings-right");
        assertTrue(robot.lookup("#zoom-fit").query().isDisabled(), "nothing to fit yet");
        assertTrue(robot.lookup("#zoom-out").query().isDisabled(), "cannot zoom out beyond the whole figure");
        robot.clickOn(insidePoint(robot, "calf-right"), MouseButton.PRIMARY);
        assertTrue(mouse(robot).distance(mapCentre(robot)) > 60, "the click is away from the middle");
        Point2D middle = atMapCentre(robot, "hamstrings-right");

        robot.clickOn("#zoom-in").clickOn("#zoom-in");
        assertEquals(fitWidth * MapViewport.STEP * MapViewport.STEP, widthOnScreen(robot, "hamstrings-right"), fitWidth * 0.02);
        assertSameAtCentre(middle, atMapCentre(robot, "hamstrings-right"), "after the + button");
        assertTrue(robot.lookup("#body-map").query().isFocused(), "the zoom buttons leave the keyboard on the map");

        // Panned away from the middle first: the buttons zoom about what is in view now.
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        Point2D panned = atMapCentre(robot, "hamstrings-right");
        robot.clickOn("#zoom-in");
        assertSameAtCentre(panned, atMapCentre(robot, "hamstrings-right"), "after panning and the + button");
        robot.clickOn("#zoom-out");
        assertEquals(fitWidth * MapViewport.STEP * MapViewport.STEP, widthOnScreen(robot, "hamstrings-right"), fitWidth * 0.02);
        assertSameAtCentre(panned, atMapCentre(robot, "hamstrings-right"), "after the \u2212 button");

        robot.clickOn("#zoom-fit");
        assertEquals(fitWidth, widthOnScreen(robot, "hamstrings-right"), 0.5);
        assertTrue(robot.lookup("#zoom-fit").query().isDisabled());
    }

    @Test
    void ctrlAndTheWheelTurnedAwayZoomInAboutThePointerAndTowardsZoomOut(FxRobot robot) {
        robot.clickOn("#view-front");
        double fitWidth = widthOnScreen(robot, "quadriceps-left");
        robot.moveTo(insidePoint(robot, "quadriceps-left"));
        Point2D pointer = mouse(robot);
        Point2D before = node(robot, "quadriceps-left").screenToLocal(pointer);
        // A wheel turned away from the user gives deltaY > 0. Monocle's robot turns it the opposite
        // way to its direction's name, so the test reads the events' own sign rather than the name.
        List<Double> deltas = new ArrayList<>();
        EventHandler<ScrollEvent> seen = e -> deltas.add(e.getDeltaY());
        Node drawing = robot.lookup("#map-drawing").query();
        drawing.addEventFilter(ScrollEvent.SCROLL, seen);
        try {
            robot.press(KeyCode.CONTROL).scroll(3, VerticalDirection.DOWN).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(3, deltas.size(), "three notches arrived");
            boolean away = deltas.get(0) > 0;
            VerticalDirection awayDirection = away ? VerticalDirection.DOWN : VerticalDirection.UP;
            VerticalDirection towards = away ? VerticalDirection.UP : VerticalDirection.DOWN;
            if (!away) {
                robot.press(KeyCode.CONTROL).scroll(3, awayDirection).release(KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(fitWidth, widthOnScreen(robot, "quadriceps-left"), 0.01, "three notches towards and three away");
                robot.press(KeyCode.CONTROL).scroll(3, awayDirection).release(KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
            }
            double zoomed = widthOnScreen(robot, "quadriceps-left");
            assertEquals(fitWidth * Math.pow(1.2, 3), zoomed, fitWidth * 0.01, "three notches away zoom in three steps");
            assertStaysUnder(robot, "quadriceps-left", pointer, before, "after Ctrl+wheel");

            robot.press(KeyCode.CONTROL).scroll(1, towards).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(zoomed / 1.2, widthOnScreen(robot, "quadriceps-left"), fitWidth * 0.01, "a notch towards zooms out");
            assertStaysUnder(robot, "quadriceps-left", pointer, before, "after Ctrl+wheel towards");
        } finally {
            drawing.removeEventFilter(ScrollEvent.SCROLL, seen);
        }
    }

    @Test
    void theWheelWithoutCtrlDoesNotZoom(FxRobot robot) {
        robot.clickOn("#view-front");
        double fitWidth = widthOnScreen(robot, "quadriceps-left");
        robot.moveTo("#quadriceps-left").scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitWidth, widthOnScreen(robot, "quadriceps-left"), 0.01);
    }

    @Test
    void draggingPansWhenZoomedAndIsNotAClick(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#thoracic-spine");
        Bounds fit = node(robot, "lumbar-spine").localToScreen(node(robot, "lumbar-spine").getBoundsInLocal());
        robot.drag("#lumbar-spine", MouseButton.PRIMARY).moveBy(-60, -40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Bounds unmoved = node(robot, "lumbar-spine").localToScreen(node(robot, "lumbar-spine").getBoundsInLocal());
        assertEquals(fit.getMinX(), unmoved.getMinX(), 0.01, "at fit there is nothing to pan");
        assertTrue(title(robot).startsWith("Thoracic"), "a drag is not a click: " + title(robot));

        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.EQUALS);
        Bounds zoomed = node(robot, "lumbar-spine").localToScreen(node(robot, "lumbar-spine").getBoundsInLocal());
        robot.drag("#lumbar-spine", MouseButton.PRIMARY).moveBy(-60, -40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Bounds panned = node(robot, "lumbar-spine").localToScreen(node(robot, "lumbar-spine").getBoundsInLocal());
        assertEquals(zoomed.getMinX() - 60, panned.getMinX(), 1.5, "the drawing follows the drag");
        assertEquals(zoomed.getMinY() - 40, panned.getMinY(), 1.5, "the drawing follows the drag");
        assertTrue(title(robot).startsWith("Thoracic"), "the region a drag starts on is not opened: " + title(robot));
    }

    @Test
    void shiftAndTheArrowKeysPanWhenZoomed(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.EQUALS);
        String cursor = robot.lookup("#hover-label").queryAs(Label.class).getText();
        Bounds before = node(robot, "lumbar-spine").localToScreen(node(robot, "lumbar-spine").getBoundsInLocal());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds after = node(robot, "lumbar-spine").localToScreen(node(robot, "lumbar-spine").getBoundsInLocal());
        double width = robot.lookup("#map-drawing").query().getBoundsInLocal().getWidth();
        double height = robot.lookup("#map-drawing").query().getBoundsInLocal().getHeight();
        assertEquals(before.getMinX() - 0.15 * width, after.getMinX(), 1.5, "Shift+Right shows more of the right");
        assertEquals(before.getMinY() - 0.15 * height, after.getMinY(), 1.5, "Shift+Down shows more of what is below");
        assertEquals(cursor, robot.lookup("#hover-label").queryAs(Label.class).getText(), "Shift+arrows pan, they do not move the cursor");
        robot.type(KeyCode.DOWN);
        assertFalse(cursor.equals(robot.lookup("#hover-label").queryAs(Label.class).getText()), "arrows alone still move the cursor");
    }

    @Test
    void selectionAndNumbersStayOnTheirRegionsAtEveryZoom(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        Node hamstrings = node(robot, "hamstrings-left");
        for (int step = 0; step < 4; step++) {
            Node marker = robot.lookup(".order-marker").match(n -> {
                Bounds b = n.localToScreen(n.getBoundsInLocal());
                Point2D c = new Point2D(b.getCenterX(), b.getCenterY());
                return hamstrings.contains(hamstrings.screenToLocal(c));
            }).query();
            Bounds m = marker.localToScreen(marker.getBoundsInLocal());
            assertTrue(m.getWidth() >= 2 * 11 * MarkScaler.SMALLEST - 1 && m.getWidth() <= 2 * 11 * MarkScaler.LARGEST + 3,
                    "the number's disc keeps a readable size: " + m.getWidth());
            assertTrue(node(robot, "lumbar-spine").getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")));
            ctrl(robot, KeyCode.EQUALS);
        }
    }

    @Test
    void whenZoomedTheKeyboardCursorAndASearchResultAreBroughtIntoSight(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn(insidePoint(robot, "thoracic-spine"));
        for (int i = 0; i < 6; i++) {
            ctrl(robot, KeyCode.EQUALS);
        }
        robot.type(KeyCode.DOWN, 12);
        Node cursor = robot.lookup(".region-shape").match(n -> n.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("cursor"))).query();
        assertInSight(robot, cursor);

        robot.clickOn("#region-search").write("lats").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(title(robot).startsWith("Latissimus"), title(robot));
        assertInSight(robot, robot.lookup("#lats-left").query());
    }

    private static void assertInSight(FxRobot robot, Node shape) {
        Node drawing = robot.lookup("#map-drawing").query();
        Bounds view = drawing.localToScreen(drawing.getBoundsInLocal());
        Bounds b = shape.localToScreen(shape.getBoundsInLocal());
        assertTrue(view.contains(b.getCenterX(), b.getCenterY()), shape.getId() + " at " + b + " is in sight in " + view);
    }

    @Test
    void clickingARegionWhoseMiddleIsOutOfSightDoesNotMoveTheDrawing(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn(insidePoint(robot, "glutes-left"));
        for (int i = 0; i < 7; i++) {
            ctrl(robot, KeyCode.EQUALS);
        }
        Node drawing = robot.lookup("#map-drawing").query();
        Bounds view = drawing.localToScreen(drawing.getBoundsInLocal());
        Point2D target = null;
        String clicked = null;
        for (Node shape : robot.lookup(".region-shape").queryAll()) {
            Bounds b = shape.localToScreen(shape.getBoundsInLocal());
            if (shape.getScene() == null || view.contains(b.getCenterX(), b.getCenterY()) || !view.intersects(b)) {
                continue;
            }
            for (double x = Math.max(view.getMinX(), b.getMinX()) + 6; target == null && x < Math.min(view.getMaxX(), b.getMaxX()) - 6; x += 3) {
                for (double y = Math.max(view.getMinY(), b.getMinY()) + 6; target == null && y < Math.min(view.getMaxY(), b.getMaxY()) - 6; y += 3) {
                    Point2D p = new Point2D(Math.round(x), Math.round(y));
                    if (deepInside(shape, p)) {
                        target = p;
                        clicked = shape.getId();
                    }
                }
            }
            if (target != null) {
                break;
            }
        }
        assertTrue(target != null, "a region cut by the edge of the zoomed map");
        Node glute = node(robot, "glutes-left");
        Point2D before = glute.localToScreen(0, 0);
        robot.clickOn(target, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(node(robot, clicked).getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")), clicked);
        assertEquals(before, glute.localToScreen(0, 0), "clicking " + clicked + " leaves the drawing where it was");
    }
}
