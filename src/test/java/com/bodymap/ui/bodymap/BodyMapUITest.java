package com.bodymap.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import com.bodymap.ui.MainWindowFixture;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BodyMapUITest {

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture.show(stage);
    }

    private static String badge(FxRobot robot) {
        return robot.lookup("#region-rating").query().getAccessibleText();
    }

    private static boolean visible(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).tryQuery().orElse(null);
        return n != null && n.getScene() != null;
    }

    @Test
    void clickingTheLumbarSpineOnTheBackViewSaysAvoid(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        verifyThat("#region-title", hasText("Lumbar spine (low back)"));
        assertEquals("Rating: avoid", badge(robot));
        Label summary = robot.lookup("#region-summary").queryAs(Label.class);
        assertFalse(summary.getText().isBlank());
        assertTrue(robot.lookup("#lumbar-spine").queryAs(SVGPath.class).getPseudoClassStates()
                .stream().anyMatch(p -> p.getPseudoClassName().equals("selected")), "the clicked shape is outlined");
    }

    @Test
    void clickingAGreenRegionSaysFine(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#thoracic-spine");
        verifyThat("#region-title", hasText("Thoracic spine (upper back)"));
        assertEquals("Rating: fine", badge(robot));
    }

    @Test
    void hoveringNamesTheRegion(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.moveTo("#lumbar-spine");
        assertTrue(robot.lookup("#hover-label").queryAs(Label.class).getText().contains("Lumbar spine (low back): avoid"));
    }

    @Test
    void flippingViewsShowsTheOtherSide(FxRobot robot) {
        robot.clickOn("#view-front");
        assertTrue(visible(robot, "quadriceps-left"));
        assertFalse(visible(robot, "lumbar-spine"));
        robot.clickOn("#view-back");
        assertTrue(visible(robot, "lumbar-spine"));
        assertFalse(visible(robot, "quadriceps-left"));
        robot.clickOn("#lumbar-spine");
        robot.type(KeyCode.F);
        assertTrue(visible(robot, "quadriceps-left"), "F flips the map when it has focus");
    }

    @Test
    void bothSidesAreSeparateShapesWithAccessibleText(FxRobot robot) {
        robot.clickOn("#view-back");
        Node left = robot.lookup("#glutes-left").query();
        Node right = robot.lookup("#glutes-right").query();
        assertNotNull(left);
        assertNotNull(right);
        assertTrue(left.getAccessibleText().matches("Glutes.*, left: (fine|caution|avoid)"), left.getAccessibleText());
        // On the back view the body's left is on the viewer's left.
        assertTrue(left.localToScene(left.getBoundsInLocal()).getCenterX() < right.localToScene(right.getBoundsInLocal()).getCenterX());
        robot.clickOn("#view-front");
        Node qLeft = robot.lookup("#quadriceps-left").query();
        Node qRight = robot.lookup("#quadriceps-right").query();
        // On the front view the body's left is on the viewer's right.
        assertTrue(qLeft.localToScene(qLeft.getBoundsInLocal()).getCenterX() > qRight.localToScene(qRight.getBoundsInLocal()).getCenterX());
    }

    @Test
    void keyboardMovesBetweenRegionsAndEnterOpensOne(FxRobot robot) {
        robot.clickOn("#region-search");
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#body-map").query().isFocused(), "Tab from the search field reaches the map");
        robot.type(KeyCode.DOWN);
        String first = robot.lookup("#hover-label").queryAs(Label.class).getText();
        assertFalse(first.isBlank(), "an arrow key puts the keyboard cursor on a region");
        robot.type(KeyCode.DOWN, 3);
        String moved = robot.lookup("#hover-label").queryAs(Label.class).getText();
        assertFalse(moved.equals(first), "arrow keys move the cursor");
        robot.type(KeyCode.ENTER);
        String title = robot.lookup("#region-title").queryAs(Label.class).getText();
        assertTrue(moved.contains(title), "Enter opens the region under the cursor: " + moved + " / " + title);
    }

    @Test
    void searchFindsTheLumbarSpineByLowBack(FxRobot robot) {
        robot.clickOn("#view-front");
        robot.clickOn("#region-search").write("low back").type(KeyCode.ENTER);
        verifyThat("#region-title", hasText("Lumbar spine (low back)"));
        assertTrue(visible(robot, "lumbar-spine"), "the map flips to the view that shows the match");
    }

    @Test
    void insteadLinkSelectsTheOtherRegion(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        Hyperlink link = robot.lookup("#instead-hip-flexors").queryAs(Hyperlink.class);
        // The link sits below the fold of the page; fire it as a click would.
        robot.interact(link::fire);
        String title = robot.lookup("#region-title").queryAs(Label.class).getText();
        assertTrue(title.startsWith("Hip flexors"), title);
        assertTrue(visible(robot, "hip-flexors-left"), "the map moves to the linked region's view");
        assertTrue(robot.lookup("#hip-flexors-left").queryAs(SVGPath.class).getPseudoClassStates()
                .stream().anyMatch(p -> p.getPseudoClassName().equals("selected")));
    }
}
