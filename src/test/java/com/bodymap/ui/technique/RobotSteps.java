package com.bodymap.ui.technique;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the UI tests share that TestFX lacks: scrolling a node into view, and a clean start. */
public final class RobotSteps {
    private RobotSteps() {
    }

    /** Looks a node up by id, scrolls its page to it and clicks it, as a user would. */
    public static void clickOn(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        scrollIntoView(robot, node);
        robot.clickOn(node);
    }

    /** Scrolls the scroll pane holding the node so the node is near the top of its viewport. */
    public static void scrollIntoView(FxRobot robot, Node node) {
        // Laid out first and checked after: a page just rebuilt may still change height as its
        // wrapped text is measured, which would move the node after a single scroll.
        for (int attempt = 0; attempt < 3; attempt++) {
            robot.interact(() -> scroll(node));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void scroll(Node node) {
        ScrollPane pane = enclosingScrollPane(node);
        if (pane == null) {
            return;
        }
        pane.getScene().getRoot().applyCss();
        pane.getScene().getRoot().layout();
        Node content = pane.getContent();
        double height = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (height > viewport) {
            Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            pane.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 20) / (height - viewport))));
            pane.layout();
        }
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                return sp;
            }
        }
        return null;
    }
}
