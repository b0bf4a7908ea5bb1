package com.bodymap.ui.region;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Region;
import com.bodymap.model.Technique;
import com.bodymap.ui.MainWindowFixture;
import com.bodymap.ui.technique.RobotSteps;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The region page on the real main window: look elsewhere, disagreements, and cards that open. */
@ExtendWith(ApplicationExtension.class)
class RegionPageUITest {
    private ContentRepository content;

    @Start
    void start(Stage stage) throws Exception {
        content = MainWindowFixture.openFresh(stage);
    }

    /** By the search field: the piriformis is drawn over the middle of the glute, where a click lands. */
    private void openGlutes(FxRobot robot) {
        robot.clickOn("#region-search").write("glutes").type(KeyCode.ENTER);
        verifyThat("#region-title", hasText(content.region("glutes").orElseThrow().name()));
    }

    private static boolean selected(FxRobot robot, String partId) {
        SVGPath shape = robot.lookup("#" + partId).queryAs(SVGPath.class);
        return shape.getScene() != null
                && shape.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected"));
    }

    @Test
    void theLumbarPageListsWhereToLookElsewhereInTheSourcesOrder(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        verifyThat("#region-title", hasText("Lumbar spine (low back)"));
        Pane box = robot.lookup("#look-elsewhere").queryAs(Pane.class);
        List<String> ids = box.getChildren().stream().filter(n -> n instanceof Hyperlink).map(Node::getId).toList();
        assertEquals(List.of("elsewhere-hip-flexors", "elsewhere-quadriceps", "elsewhere-adductors",
                "elsewhere-it-band", "elsewhere-hamstrings", "elsewhere-lats"), ids);
        assertTrue(robot.lookup("#elsewhere-it-band").queryAs(Hyperlink.class).getText().startsWith("4. Outer thigh"),
                "numbered, and the IT band named as the outer thigh");
    }

    @Test
    void choosingALookElsewhereRegionMovesTheMapToIt(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        assertTrue(selected(robot, "lumbar-spine"));
        RobotSteps.clickOn(robot, "elsewhere-hip-flexors");
        verifyThat("#region-title", hasText(content.region("hip-flexors").orElseThrow().name()));
        assertTrue(robot.lookup("#view-front").queryAs(ToggleButton.class).isSelected(), "the map flips to the front");
        assertTrue(selected(robot, "hip-flexors-left"), "the hip flexor shape is selected and on show");
    }

    @Test
    void theGlutesPageShowsBothSidesOfTheDisagreement(FxRobot robot) {
        openGlutes(robot);
        Region glutes = content.region("glutes").orElseThrow();
        assertFalse(glutes.disagreements().isEmpty(), "the content has a disagreement for the glutes");
        RobotSteps.scrollIntoView(robot, robot.lookup("#disagreement-0").query());
        List<Label> first = labels(robot, "#disagreement-0-view-1");
        List<Label> second = labels(robot, "#disagreement-0-view-2");
        assertEquals("One view", first.get(0).getText());
        assertEquals("Another view", second.get(0).getText());
        assertEquals(glutes.disagreements().get(0).viewpoints().get(0).position(), first.get(1).getText());
        assertEquals(glutes.disagreements().get(0).viewpoints().get(1).position(), second.get(1).getText());
        assertTrue(robot.lookup("#disagreement-0-view-1").query().isVisible());
        assertTrue(robot.lookup("#disagreement-0-view-2").query().isVisible());
    }

    private static List<Label> labels(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Pane.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> (Label) n).toList();
    }

    @Test
    void aCardOpensFromTheRegionPageWithNumberedStepsAndTheDose(FxRobot robot) {
        openGlutes(robot);
        Technique card = content.techniquesFor(content.region("glutes").orElseThrow()).get(0);
        RobotSteps.clickOn(robot, "open-card-" + card.id());
        // The card window is built on first use: on a loaded machine it can show a moment after the click.
        assertDoesNotThrow(() -> WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#card-title").tryQuery().isPresent()), "the card window opens");
        verifyThat("#card-title", hasText(card.title()));
        for (int i = 1; i <= card.steps().size(); i++) {
            Pane step = robot.lookup("#card-step-" + i).queryAs(Pane.class);
            assertEquals(Integer.toString(i), ((Label) step.getChildren().get(0)).getText(), "step " + i + " is numbered");
            assertEquals(card.steps().get(i - 1), ((Label) step.getChildren().get(1)).getText());
        }
        assertTrue(robot.lookup("#card-step-" + (card.steps().size() + 1)).tryQuery().isEmpty(), "no extra steps");
        verifyThat("#card-dose-text", hasText(card.dose().text()));
    }

    @Test
    void anInsteadCardLinkOpensThatCard(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        String techniqueId = content.region("lumbar-spine").orElseThrow().instead().stream()
                .filter(s -> s.technique() != null).findFirst().orElseThrow().technique();
        RobotSteps.clickOn(robot, "instead-card-" + techniqueId);
        verifyThat("#card-title", hasText(content.technique(techniqueId).orElseThrow().title()));
    }
}
