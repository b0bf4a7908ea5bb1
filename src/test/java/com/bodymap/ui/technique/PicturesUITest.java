package com.bodymap.ui.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Technique;
import com.bodymap.picture.PictureBook;
import com.bodymap.picture.PictureLoader;
import com.bodymap.picture.PictureSpec;
import com.bodymap.ui.MainWindowFixture;
import com.bodymap.ui.common.PictureView;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drawings in the real app: a small one on every library tile, the position on the card
 * window (two with their captions where the card has two), one beside each card on a region page,
 * and the test position on a check page; each is drawn and reads as an image with its text.
 */
@ExtendWith(ApplicationExtension.class)
class PicturesUITest {
    private ContentRepository content;
    private final PictureBook book = new PictureLoader().poses();

    @Start
    void start(Stage stage) throws Exception {
        content = MainWindowFixture.openFresh(stage);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private String alt(String cardId, int index) {
        return book.cards().get(cardId).get(index).alt();
    }

    /** The view reads as an image with the drawing's text, and its canvas has been painted. */
    private static void assertDrawn(FxRobot robot, PictureView view, String alt) {
        assertEquals(AccessibleRole.IMAGE_VIEW, view.getAccessibleRole());
        assertEquals(alt, view.getAccessibleText());
        assertTrue(view.getWidth() > 60 && view.getHeight() > 30, "laid out at a readable size: " + view.getWidth());
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)));
        int painted = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                Color c = image.getPixelReader().getColor(x, y);
                if (c.getOpacity() > 0.5 && c.getBrightness() < 0.92) {
                    painted++;
                }
            }
        }
        assertTrue(painted > 150, "the figure is painted, not a blank box: " + painted + " dark pixels");
    }

    @Test
    void everyLibraryTileShowsItsCardsFirstDrawing(FxRobot robot) {
        robot.clickOn("#open-library");
        for (Technique t : content.techniques()) {
            PictureView view = robot.lookup("#tile-picture-" + t.id()).queryAs(PictureView.class);
            assertEquals(alt(t.id(), 0), view.getAccessibleText(), t.id());
        }
        assertDrawn(robot, robot.lookup("#tile-picture-quadriceps-roll").queryAs(PictureView.class), alt("quadriceps-roll", 0));
    }

    @Test
    void theCardWindowShowsThePositionAboveTheSteps(FxRobot robot) {
        robot.clickOn("#open-library");
        robot.clickOn("#library-search").write("Quadriceps on a foam roller");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        PictureView view = robot.lookup("#card-picture-1").queryAs(PictureView.class);
        assertDrawn(robot, view, alt("quadriceps-roll", 0));
        assertTrue(robot.lookup("#card-picture-2").tryQuery().isEmpty(), "this card has one drawing");
        Pane body = (Pane) robot.lookup("#card-pictures").query().getParent();
        int pictures = body.getChildren().indexOf(robot.lookup("#card-pictures").query());
        int steps = body.getChildren().indexOf(robot.lookup("#card-steps").query());
        assertTrue(pictures >= 0 && pictures < steps, "the position comes before the steps");
    }

    @Test
    void aCardWithTwoDrawingsShowsBothWithTheirCaptions(FxRobot robot) {
        robot.clickOn("#open-library");
        robot.clickOn("#library-search").write("Dead bug");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        List<PictureSpec> specs = book.cards().get("dead-bug");
        assertEquals(2, specs.size());
        for (int i = 0; i < 2; i++) {
            PictureView view = robot.lookup("#card-picture-" + (i + 1)).queryAs(PictureView.class);
            assertDrawn(robot, view, specs.get(i).alt());
            Pane figure = (Pane) view.getParent();
            Label caption = (Label) figure.getChildren().get(1);
            assertEquals(specs.get(i).label(), caption.getText());
        }
    }

    @Test
    void aRegionPageShowsADrawingBesideEachCard(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#calf-left");
        List<Technique> cards = content.techniquesFor(content.region("calf").orElseThrow());
        assertFalse(cards.isEmpty());
        for (Technique t : cards) {
            Node view = robot.lookup("#card-picture-" + t.id()).query();
            // The drawing that tints the calf, where a card has several (the vibrating roller's second).
            String expected = book.cards().get(t.id()).stream()
                    .filter(d -> d.targets().stream().anyMatch(x -> x.region().equals("calf")))
                    .findFirst().orElse(book.cards().get(t.id()).get(0)).alt();
            assertEquals(expected, view.getAccessibleText(), t.id());
        }
        assertEquals(alt("vibrating-roller-note", 1), robot.lookup("#card-picture-vibrating-roller-note").query()
                .getAccessibleText(), "the calf page shows the vibrating roller under the calves, not the upper back");
        RobotSteps.scrollIntoView(robot, robot.lookup("#card-picture-calf-roll").query());
        assertDrawn(robot, robot.lookup("#card-picture-calf-roll").queryAs(PictureView.class), alt("calf-roll", 0));
    }

    @Test
    void aCheckPageShowsTheTestPosition(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#calf-left");
        robot.clickOn("#action-compare");
        robot.clickOn("#wizard-next");
        PictureView view = robot.lookup("#check-picture-knee-to-wall").queryAs(PictureView.class);
        assertDrawn(robot, view, book.checks().get("knee-to-wall").get(0).alt());
        robot.clickOn("#wizard-cancel");
    }
}
