package com.bodymap.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Source;
import com.bodymap.model.Technique;
import com.bodymap.ui.MainWindowFixture;
import com.bodymap.ui.technique.RobotSteps;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sources view on the real app: every source, unverified ones labelled, citing pages linked. */
@ExtendWith(ApplicationExtension.class)
class SourcesViewUITest {
    private ContentRepository content;

    @Start
    void start(Stage stage) throws Exception {
        content = MainWindowFixture.openFresh(stage);
    }

    @Test
    void listsEverySourceAndLabelsTheUnverifiedOnes(FxRobot robot) {
        robot.clickOn("#open-sources");
        for (Source s : content.sources()) {
            assertTrue(robot.lookup("#source-" + s.id()).tryQuery().isPresent(), s.id() + " is listed");
            if (!s.kind().published()) {
                // The app's own judgement: neither "checked" nor "could not be checked".
                assertTrue(robot.lookup("#source-verified-" + s.id()).tryQuery().isEmpty(), s.id());
                assertTrue(robot.lookup("#source-unverified-" + s.id()).tryQuery().isEmpty(), s.id());
                continue;
            }
            String label = "#source-" + (s.verified() ? "verified-" : "unverified-") + s.id();
            verifyThat(label, hasText(s.verified() ? "\u2714 Checked" : "\u26A0 Could not be checked"));
            if (s.verified() && s.checkedAgainst() != null) {
                verifyThat("#source-" + s.id() + "-checked-against", hasText("Checked against " + s.checkedAgainst() + "."));
            }
        }
        assertTrue(content.sources().stream().anyMatch(s -> !s.verified()), "the content has unverified citations to label");
        assertTrue(content.sources().stream().filter(Source::verified).count() > content.sources().size() / 2,
                "most sources were checked against their abstract or page and say so");
    }

    @Test
    void aCardCitingASourceOpensFromIt(FxRobot robot) {
        Technique card = content.techniques().get(0);
        String sourceId = card.sources().get(0);
        robot.clickOn("#open-sources");
        RobotSteps.clickOn(robot, "source-" + sourceId + "-card-" + card.id());
        verifyThat("#card-title", hasText(card.title()));
    }

    @Test
    void aSourceNumberOnACardOpensThatSourceHighlighted(FxRobot robot) {
        Technique card = content.techniques().get(0);
        robot.clickOn("#open-library");
        robot.clickOn("#tile-" + card.id());
        String sourceId = card.sources().get(0);
        RobotSteps.clickOn(robot, "card-source-" + sourceId + "-number");
        var entry = robot.lookup("#source-" + sourceId).query();
        assertTrue(entry.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("asked-for")));
        assertFalse(robot.lookup("#source-" + sourceId).queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());
        Label title = (Label) robot.lookup("#source-" + sourceId).queryAs(javafx.scene.layout.VBox.class).getChildren().get(0);
        verifyThat(title, hasText(content.source(sourceId).orElseThrow().title()));
    }

    @Test
    void typingInTheFilterLeavesOnlyTheMatchingSources(FxRobot robot) {
        robot.clickOn("#open-sources");
        robot.clickOn("#sources-filter").write("Ely's");
        for (Source s : content.sources()) {
            String text = (s.title() + " " + s.publisher() + " " + String.join(" ", s.supports())).toLowerCase();
            boolean expected = text.contains("ely's");
            assertEquals(expected, robot.lookup("#source-" + s.id()).query().isVisible(), s.id());
        }
        assertTrue(robot.lookup("#source-peeler-anderson-2008-ely").query().isVisible());
        assertFalse(robot.lookup("#sources-none").query().isVisible());
        robot.write("zzzz");
        assertTrue(robot.lookup("#sources-none").query().isVisible(), "says plainly that nothing matches");
    }
}
