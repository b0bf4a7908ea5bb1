package com.bodymap.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.ui.MainWindowFixture;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map's layout in real windows of several sizes: one view or both, filling the pane, readable
 * words, the tooltip, Ctrl+F. Windows stay within Monocle's 1280x800 headless screen, which cannot
 * paint a larger one.
 */
@ExtendWith(ApplicationExtension.class)
class MapLayoutUITest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        MainWindowFixture.openFresh(stage);
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).tryQuery().orElse(null);
        if (n == null || n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Bounds onScreen(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).query();
        return n.localToScreen(n.getBoundsInLocal());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    @Test
    void aWideWindowShowsFrontAndBackSideBySideEachWithItsSides(FxRobot robot) {
        resize(robot, 1250, 780);
        assertTrue(shown(robot, "quadriceps-left") && shown(robot, "lumbar-spine"), "both views at 1250 px");
        assertTrue(onScreen(robot, "quadriceps-left").getMaxX() < onScreen(robot, "lumbar-spine").getMinX(), "front on the left, back on the right");
        assertEquals("Front view", text(robot, "map-caption-front"));
        assertEquals("Back view", text(robot, "map-caption-back"));
        // Front: the figure faces the user, so the user's right is on the viewer's left.
        assertEquals("Your RIGHT", text(robot, "front-label-viewer-left"));
        assertEquals("Your LEFT", text(robot, "front-label-viewer-right"));
        assertEquals("Your LEFT", text(robot, "back-label-viewer-left"));
        assertEquals("Your RIGHT", text(robot, "back-label-viewer-right"));
        assertTrue(onScreen(robot, "front-label-viewer-left").getMaxX() < onScreen(robot, "quadriceps-right").getMaxX() + 60);
        // The body's own sides on each figure match the labels above them.
        assertTrue(onScreen(robot, "quadriceps-right").getCenterX() < onScreen(robot, "quadriceps-left").getCenterX());
        assertTrue(onScreen(robot, "glutes-left").getCenterX() < onScreen(robot, "glutes-right").getCenterX());

        robot.clickOn("#lumbar-spine");
        assertTrue(text(robot, "region-title").startsWith("Lumbar"));
        robot.clickOn("#quadriceps-left");
        assertTrue(text(robot, "region-title").startsWith("Quadriceps"), "a region of the other view is one click away");
    }

    @Test
    void aNarrowerWindowShowsOneViewAndFlips(FxRobot robot) {
        resize(robot, 1199, 780);
        robot.clickOn("#view-back");
        assertTrue(shown(robot, "lumbar-spine"));
        assertFalse(shown(robot, "quadriceps-left"), "one view below 1200 px");
        assertFalse(shown(robot, "map-header-front"));
        robot.clickOn("#lumbar-spine").type(KeyCode.F);
        assertTrue(shown(robot, "quadriceps-left") && !shown(robot, "lumbar-spine"), "F flips");
        resize(robot, 1200, 780);
        assertTrue(shown(robot, "quadriceps-left") && shown(robot, "lumbar-spine"), "both again at 1200 px");
    }

    @Test
    void theUserCanChooseOneViewInAWideWindow(FxRobot robot) {
        resize(robot, 1280, 780);
        robot.clickOn("#view-front");
        assertTrue(shown(robot, "lumbar-spine"));
        robot.clickOn("View").clickOn("#menu-both-views");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "lumbar-spine"), "one view when both are turned off");
        assertTrue(shown(robot, "quadriceps-left"), "the chosen view stays");
        CheckMenuItem item = (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(1).getItems()
                .stream().filter(i -> "menu-both-views".equals(i.getId())).findFirst().orElseThrow();
        assertFalse(item.isSelected());
    }

    @Test
    void theFigureFillsTheHeightOfItsPaneAndGrowsWithTheWindow(FxRobot robot) {
        for (double[] size : new double[][] {{1024, 700}, {1199, 780}, {1280, 800}}) {
            resize(robot, size[0], size[1]);
            Bounds drawing = onScreen(robot, "map-drawing");
            Node figure = robot.lookup("#lumbar-spine").query().getParent();
            Bounds drawn = figure.localToScreen(figure.getBoundsInLocal());
            assertTrue(drawn.getHeight() >= drawing.getHeight() * 0.9,
                    "at " + size[0] + "x" + size[1] + " the figure is " + drawn.getHeight() + " of " + drawing.getHeight() + " px");
        }
        resize(robot, 1024, 700);
        double small = onScreen(robot, "lumbar-spine").getHeight();
        resize(robot, 1199, 800);
        assertTrue(onScreen(robot, "lumbar-spine").getHeight() > small * 1.1, "bigger window, bigger figure");
    }

    @Test
    void everyWordOnTheMapIsAtLeast11PxAtA1024By700Window(FxRobot robot) {
        resize(robot, 1024, 700);
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        robot.moveTo("#glutes-left");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> small = new ArrayList<>();
        int checked = 0;
        for (Node n : all(robot.lookup("#body-map").queryAs(Parent.class))) {
            if (!visible(n)) {
                continue;
            }
            double fontSize;
            String what;
            if (n instanceof Labeled l && !l.getText().isBlank()) {
                fontSize = l.getFont().getSize();
                what = l.getText();
            } else if (n instanceof Text t && !t.getText().isBlank()) {
                fontSize = t.getFont().getSize();
                what = t.getText();
            } else {
                continue;
            }
            Point2D a = n.localToScreen(0, 0);
            Point2D b = n.localToScreen(0, fontSize);
            double onScreen = a.distance(b);
            checked++;
            if (onScreen < 11 - 1e-6) {
                small.add("'" + what + "' " + Math.round(onScreen * 10) / 10.0 + " px");
            }
        }
        assertTrue(checked > 20, "found the map's words: " + checked);
        assertTrue(small.isEmpty(), "smaller than 11 px: " + small);
        assertTrue(shown(robot, "back-label-viewer-left") && shown(robot, "back-label-viewer-right"));
    }

    @Test
    void theHoveredRegionIsNamedInATooltipAtThePointerAndInTheStatusBar(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.moveTo(MapZoomUITest.insidePoint(robot, "lumbar-spine"));
        WaitForAsyncUtils.waitForFxEvents();
        Label tip = robot.lookup("#map-tooltip").queryAs(Label.class);
        assertTrue(tip.isVisible());
        assertEquals("\u2716  Lumbar spine (low back): avoid", tip.getText());
        assertEquals("Lumbar spine (low back): avoid", text(robot, "status"));
        Point2D mouse = robot.robotContext().getBaseRobot().retrieveMouse();
        Bounds b = tip.localToScreen(tip.getBoundsInLocal());
        double dx = Math.max(0, Math.max(b.getMinX() - mouse.getX(), mouse.getX() - b.getMaxX()));
        double dy = Math.max(0, Math.max(b.getMinY() - mouse.getY(), mouse.getY() - b.getMaxY()));
        assertTrue(Math.hypot(dx, dy) < 40, "the tooltip is at the pointer: " + b + " / " + mouse);
        assertFalse(b.contains(mouse), "and not under it");
        Bounds drawing = onScreen(robot, "map-drawing");
        assertTrue(drawing.contains(b.getMinX(), b.getMinY()) && drawing.contains(b.getMaxX(), b.getMaxY()), "whole, inside the map");

        robot.moveTo(MapZoomUITest.insidePoint(robot, "glutes-right"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u2714  Glutes (buttocks), right: fine", tip.getText());
        robot.moveTo("#region-search");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tip.isVisible(), "gone when the pointer leaves the map");
    }

    @Test
    void ctrlFFocusesTheSearchFieldEvenFromTheMap(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        assertTrue(robot.lookup("#body-map").query().isFocused(), "the map has the keyboard");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#region-search").query().isFocused(), "Ctrl+F reaches the search field");
        assertTrue(shown(robot, "lumbar-spine"), "and does not flip the map");
        robot.write("quad").type(KeyCode.ENTER);
        assertTrue(text(robot, "region-title").startsWith("Quadriceps"));

        robot.clickOn("#quadriceps-left").type(KeyCode.F);
        assertTrue(shown(robot, "lumbar-spine"), "F alone still flips");
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "quadriceps-left"), "Ctrl+B still flips");
    }

    @Test
    void clickingARegionNeverMovesTheFigure(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#region-search");
        Node hamstrings = robot.lookup("#hamstrings-left").query();
        Point2D a = hamstrings.localToScreen(0, 0);
        Point2D b = hamstrings.localToScreen(100, 100);
        robot.clickOn(MapZoomUITest.insidePoint(robot, "lumbar-spine"));
        assertTrue(text(robot, "region-title").startsWith("Lumbar"));
        // Compared through the drawing's own points: outlines thicken on selection and highlight.
        assertEquals(a, hamstrings.localToScreen(0, 0), "focus, the page and the look-elsewhere list leave the figure where it was");
        assertEquals(b, hamstrings.localToScreen(100, 100));
    }

    private static List<Node> all(Parent root) {
        List<Node> out = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            out.add(n);
            if (n instanceof Parent p) {
                out.addAll(all(p));
            }
        }
        return out;
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        assertNotNull(n.getScene());
        return true;
    }
}
