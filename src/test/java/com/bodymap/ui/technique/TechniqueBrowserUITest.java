package com.bodymap.ui.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Technique;
import com.bodymap.ui.MainWindowFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The technique library on the real app: opened from the toolbar, filtered, searched, used by keyboard. */
@ExtendWith(ApplicationExtension.class)
class TechniqueBrowserUITest {
    private ContentRepository content;

    @Start
    void start(Stage stage) throws Exception {
        content = MainWindowFixture.openFresh(stage);
    }

    private static List<String> tileIds(FxRobot robot) {
        return robot.lookup("#technique-grid").queryAs(TilePane.class).getChildren().stream().map(Node::getId).toList();
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#library-count").queryAs(Label.class).getText();
    }

    @Test
    void choosingAToolShowsOnlyCardsWithThatTool(FxRobot robot) {
        robot.clickOn("#open-library");
        int total = content.techniques().size();
        assertEquals(total, tileIds(robot).size(), "every card at first");
        verifyThat("#library-count", hasText("All " + total + " cards"));

        robot.clickOn("#filter-tool");
        robot.clickOn("Massage ball");

        List<String> shown = tileIds(robot);
        List<String> expected = content.techniques().stream()
                .filter(t -> t.tools().contains(com.bodymap.model.Tool.BALL))
                .map(t -> "tile-" + t.id()).toList();
        assertFalse(expected.isEmpty(), "some card uses a massage ball");
        assertTrue(expected.size() < total, "and some do not");
        assertEquals(expected, shown, "only cards that name the ball among their tool ids");
        assertEquals(shown.size() + " of " + total + " cards", count(robot), "the count drops");

        robot.clickOn("#filter-clear");
        assertEquals(total, tileIds(robot).size(), "Clear filters shows every card again");
    }

    @Test
    void searchingAndEnterOpenTheFullCardFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#open-library");
        robot.clickOn("#library-search").write("hamstring");
        List<String> shown = tileIds(robot);
        assertFalse(shown.isEmpty());
        assertTrue(shown.size() < content.techniques().size());
        robot.type(KeyCode.DOWN);
        assertTrue(robot.lookup("#" + shown.get(0)).query().isFocused(), "Down from the search reaches the first tile");
        if (shown.size() > 1) {
            robot.type(KeyCode.RIGHT);
            assertTrue(robot.lookup("#" + shown.get(1)).query().isFocused(), "Right moves to the next tile");
        }
        String focused = shown.get(Math.min(1, shown.size() - 1)).substring("tile-".length());
        robot.type(KeyCode.ENTER);
        Technique t = content.technique(focused).orElseThrow();
        verifyThat("#card-title", hasText(t.title()));
        assertTrue(t.title().toLowerCase(Locale.ROOT).contains("hamstring")
                || t.regions().contains("hamstrings"), "the card found is about the hamstrings");
    }

    @Test
    void theRatingFilterKeepsCardsServingARegionWithThatRating(FxRobot robot) {
        robot.clickOn("#open-library");
        robot.clickOn("#filter-rating");
        robot.clickOn("\u2716 Avoid regions");
        List<String> shown = tileIds(robot);
        assertFalse(shown.isEmpty());
        for (String id : shown) {
            Technique t = content.technique(id.substring("tile-".length())).orElseThrow();
            assertTrue(t.regions().stream().map(r -> content.region(r).orElseThrow().rating().word()).anyMatch("avoid"::equals),
                    t.id() + " serves a region rated avoid");
        }
    }

    @Test
    void aRegionLinkOnTheCardSelectsTheRegionOnTheMap(FxRobot robot) {
        robot.clickOn("#open-library");
        // Tiles with their drawings are tall: the card's tile may be below the fold.
        RobotSteps.clickOn(robot, "tile-hamstring-roll");
        RobotSteps.clickOn(robot, "card-region-hamstrings");
        verifyThat("#region-title", hasText(content.region("hamstrings").orElseThrow().name()));
    }
}
