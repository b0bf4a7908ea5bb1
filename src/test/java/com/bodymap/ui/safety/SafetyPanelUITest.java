package com.bodymap.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Claim;
import com.bodymap.ui.MainWindowFixture;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Before you roll" on the real app: reachable from the toolbar and F1, red flags first and marked. */
@ExtendWith(ApplicationExtension.class)
class SafetyPanelUITest {
    private ContentRepository content;

    @Start
    void start(Stage stage) throws Exception {
        content = MainWindowFixture.openFresh(stage);
    }

    /** Every label's text inside a node, depth first. */
    private static List<String> texts(Node node) {
        if (node instanceof Label l) {
            return List.of(l.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            return p.getChildrenUnmodifiable().stream().flatMap(c -> texts(c).stream()).toList();
        }
        return List.of();
    }

    @Test
    void theToolbarButtonOpensThePanelWithTheEmergencyRedFlags(FxRobot robot) {
        assertTrue(robot.lookup("#emergency-red-flags").tryQuery().isEmpty(), "not open at first");
        robot.clickOn("#before-you-roll");
        Pane box = robot.lookup("#emergency-red-flags").queryAs(Pane.class);
        assertTrue(box.isVisible());
        List<String> texts = texts(box);
        assertTrue(texts.contains("\u26A0 Emergency"), "the box is marked with an icon and the word, not colour alone");
        String number = new com.bodymap.i18n.ModelWording(com.bodymap.i18n.Messages.english()).emergencyCall(java.util.Locale.getDefault());
        assertTrue(texts.stream().anyMatch(t -> t.contains(number)),
                "the box says once what to do, with the number for this computer's country: " + texts);
        List<Claim> flags = content.safety().emergencyRedFlags();
        assertFalse(flags.isEmpty());
        for (int i = 0; i < flags.size(); i++) {
            assertTrue(texts(robot.lookup("#emergency-flag-" + (i + 1)).query()).contains(flags.get(i).text()),
                    "emergency flag " + (i + 1) + " is listed");
        }
        assertTrue(robot.lookup("#urgent-red-flags").tryQuery().isPresent());
        assertTrue(robot.lookup("#contraindications").tryQuery().isPresent());
        List<String> bans = texts(robot.lookup("#contraindications").query());
        List<String> cautions = texts(robot.lookup("#cautions").query());
        assertTrue(bans.contains("Do not roll or massage at all"), "its own heading: " + bans);
        assertTrue(cautions.contains("Take care, or ask a clinician first"), "cautions under their own heading: " + cautions);
        for (Claim c : content.safety().cautions()) {
            assertTrue(cautions.contains(c.text()) && !bans.contains(c.text()), "a caution is listed as a caution: " + c.text());
        }
        assertTrue(robot.lookup("#soreness-vs-tightness").tryQuery().isPresent());
        assertEquals(content.safety().disclaimer(), robot.lookup("#safety-disclaimer").queryAs(Label.class).getText());
    }

    @Test
    void eachClaimShowsItsSourcesWithTheirKind(FxRobot robot) {
        robot.clickOn("#before-you-roll");
        Claim first = content.safety().emergencyRedFlags().get(0);
        List<String> chips = texts(robot.lookup("#emergency-flag-1").query()).stream().filter(t -> t.startsWith("[")).toList();
        assertEquals(first.sources().size(), chips.size(), "one chip per source");
        String kind = com.bodymap.i18n.Messages.english().label(content.source(first.sources().get(0)).orElseThrow().kind(), "short");
        assertTrue(chips.get(0).contains(kind), chips.get(0) + " names the kind " + kind);
    }

    @Test
    void f1OpensThePanelFromTheMainWindowAndFromACard(FxRobot robot) {
        robot.clickOn("#region-search");
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("#emergency-red-flags").tryQuery().isPresent(), "F1 from the main window");
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#emergency-red-flags").tryQuery().isEmpty(), "Escape closes it");
        robot.clickOn("#open-library");
        robot.clickOn("#library-before-you-roll");
        assertTrue(robot.lookup("#emergency-red-flags").tryQuery().isPresent(), "the library's own button");
    }
}
