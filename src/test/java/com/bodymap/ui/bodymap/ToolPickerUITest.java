package com.bodymap.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.ui.MainWindowFixture;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The map's tool picker on the real main window: choosing a tool recolours the map and the legend says so. */
@ExtendWith(ApplicationExtension.class)
class ToolPickerUITest {

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture.openFresh(stage);
    }

    private static String ratingClass(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(SVGPath.class).getStyleClass().stream()
                .filter(c -> c.startsWith("rating-")).findFirst().orElse("");
    }

    private static String shown(FxRobot robot) {
        return robot.lookup("#map-tool-shown").queryAs(Label.class).getText();
    }

    private static void pick(FxRobot robot, String tool) {
        robot.clickOn("#tool-picker");
        robot.clickOn(tool);
    }

    @Test
    void choosingTheTwoBallsRecoloursTheLumbarSpineAndTheLegendSaysWhichToolIsShown(FxRobot robot) {
        robot.clickOn("#view-back");
        assertEquals("rating-avoid", ratingClass(robot, "lumbar-spine"), "all tools: the headline rating");
        assertTrue(shown(robot).contains("all tools"), shown(robot));

        pick(robot, "Two balls (peanut)");
        assertEquals("rating-caution", ratingClass(robot, "lumbar-spine"), "with the spine in the gap");
        assertEquals("Showing: Two balls (peanut)", shown(robot));
        assertEquals("rating-does-not-fit", ratingClass(robot, "calf-left"), "a peanut does not fit the calf");
        assertTrue(robot.lookup("#lumbar-spine").query().getAccessibleText().contains("for the two balls (peanut)"));

        robot.moveTo("#lumbar-spine");
        String hover = robot.lookup("#hover-label").queryAs(Label.class).getText();
        assertTrue(hover.contains("caution for the two balls"), hover);

        pick(robot, "Massage gun");
        assertEquals("rating-avoid", ratingClass(robot, "thoracic-spine"), "not on the bones of the spine");
        pick(robot, "All tools");
        assertEquals("rating-fine", ratingClass(robot, "thoracic-spine"), "back to the headline rating");
        assertEquals("rating-avoid", ratingClass(robot, "lumbar-spine"));
    }

    @Test
    void theDoesNotFitLegendItemAppearsOnlyForOneTool(FxRobot robot) {
        Node legend = robot.lookup("#map-legend").query();
        assertFalse(robot.from(legend).lookup((Label l) -> l.getText().contains("Does not fit")).queryAs(Label.class).isVisible());
        pick(robot, "Foam roller");
        assertTrue(robot.from(legend).lookup((Label l) -> l.getText().contains("Does not fit")).queryAs(Label.class).isVisible());
    }

    @Test
    void theRegionPageShowsATableRowForEveryTool(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        for (String tool : new String[] {"foam-roller", "vibrating-roller", "ball", "peanut", "massage-gun"}) {
            assertTrue(robot.lookup("#tool-row-" + tool).tryQuery().isPresent(), tool + " has a row");
        }
        HBox foam = robot.lookup("#tool-rating-foam-roller").queryAs(HBox.class);
        assertEquals("Rating: avoid", foam.getAccessibleText());
        assertTrue(foam.getStyleClass().contains("rating-avoid"));
        assertEquals("Rating: caution", robot.lookup("#tool-rating-peanut").query().getAccessibleText());
        Hyperlink card = robot.lookup("#tool-card-peanut").queryAs(Hyperlink.class);
        assertTrue(card.getText().startsWith("Card: Two balls"), card.getText());
        assertTrue(robot.lookup("#tool-card-foam-roller").queryAs(Hyperlink.class).getText().startsWith("Instead: "),
                "the foam roller is avoid here, so its card is the alternative");
    }
}
