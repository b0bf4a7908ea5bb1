package com.bodymap.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.ui.MainWindowFixture;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The figure's detail lines (the calf's two heads, the trapezius outline) are drawn over the regions
 * but take no clicks: a click right on a line still opens the region under it.
 */
@ExtendWith(ApplicationExtension.class)
class DetailLinesUITest {
    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture.openFresh(stage);
    }

    private static boolean selected(Node n) {
        return n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected"));
    }

    /** Clicks the point ({@code x}, {@code y}) of the figure, on a detail line, and checks {@code id} opened. */
    private static void clickOnLineOver(FxRobot robot, String id, double x, double y) {
        Node shape = robot.lookup("#" + id).query();
        // The back view's drawn half is the body's left, unmirrored: the shape's own coordinates are the figure's.
        Point2D p = shape.localToScreen(x, y);
        assertTrue(robot.lookup(".detail-line").match(l -> l.getScene() != null
                && l.localToScreen(l.getBoundsInLocal()).contains(p)).tryQuery().isPresent(), "a detail line at " + p);
        assertFalse(selected(shape), id + " is not selected yet");
        robot.clickOn(new Point2D(Math.round(p.getX()), Math.round(p.getY())), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(selected(robot.lookup("#" + id).query()), "a click on the line opens " + id);
    }

    @Test
    void theBackViewDrawsItsDetailLinesAndClicksOnThemReachTheRegionsUnder(FxRobot robot) {
        robot.clickOn("#view-back");
        Set<Node> lines = robot.lookup(".detail-line").queryAll();
        assertTrue(lines.stream().filter(l -> l.getScene() != null).count() >= 6, "calf and trapezius lines, both sides");
        for (Node l : lines) {
            assertTrue(l.isMouseTransparent() && l.getParent().isMouseTransparent() && !l.getParent().isPickOnBounds(),
                    "detail lines take no clicks");
        }
        // On the groove between the two heads of the left calf.
        clickOnLineOver(robot, "calf-left", 159.5, 790);
        // On the lower edge of the trapezius, where it crosses the muscles between the shoulder blades.
        clickOnLineOver(robot, "mid-back-muscles-left", 179, 285);
    }
}
