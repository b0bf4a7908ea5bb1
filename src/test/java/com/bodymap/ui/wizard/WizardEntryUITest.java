package com.bodymap.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import com.bodymap.content.ContentException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing into the real wizard as a user does, with the robot's keyboard: what is typed is never
 * changed behind the user's back, and the keys do what a desktop app's keys do.
 */
@ExtendWith(ApplicationExtension.class)
class WizardEntryUITest {
    @TempDir
    Path dataDir;

    private WizardHarness harness;

    @Start
    void start(Stage stage) throws ContentException {
        harness = new WizardHarness(stage, dataDir);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private static <T extends Node> T node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    private static String text(FxRobot robot, String fieldId) {
        return robot.lookup(fieldId).queryAs(TextField.class).getText();
    }

    /** Opens the wizard, ticks the checks and goes to the first check's page. */
    private static void open(FxRobot robot, String... checkIds) {
        robot.clickOn("#open-wizard");
        for (String id : checkIds) {
            WizardHarness.reveal(robot, "#choose-" + id);
            robot.clickOn("#choose-" + id);
        }
        robot.clickOn("#wizard-next");
    }

    private static void retype(FxRobot robot, String fieldId, String text) {
        robot.clickOn(fieldId);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    @Test
    void aDecimalStaysWhatWasTypedOrGetsAMessageNeverTenTimesIt(FxRobot robot) {
        open(robot, "straight-leg-raise", "knee-to-wall");
        // Degrees read to whole degrees: 4.5 stays in the field, with a message, and blocks Next.
        robot.clickOn("#left-straight-leg-raise").write("4.5");
        robot.clickOn("#right-straight-leg-raise").write("60");
        assertEquals("4.5", text(robot, "#left-straight-leg-raise"));
        verifyThat("#message-left-straight-leg-raise", hasText("This check reads to whole degrees: round 4.5 to 5"));
        verifyThat("#wizard-next", isDisabled());
        retype(robot, "#left-straight-leg-raise", "45");
        verifyThat("#message-left-straight-leg-raise", hasText("\u2713 45°"));
        verifyThat("#wizard-next", isEnabled());
        robot.clickOn("#wizard-next");

        // Centimetres read to a tenth: 4.5 and 4,5 are four and a half.
        robot.clickOn("#left-knee-to-wall").write("4.5");
        robot.clickOn("#right-knee-to-wall").write("4,5");
        assertEquals("4.5", text(robot, "#left-knee-to-wall"));
        verifyThat("#message-left-knee-to-wall", hasText("\u2713 4.5 cm"));
        verifyThat("#message-right-knee-to-wall", hasText("\u2713 4.5 cm"));
        robot.clickOn("#wizard-next");
        verifyThat("#left-knee-to-wall", hasText("4.5 cm"));
        verifyThat("#right-knee-to-wall", hasText("4.5 cm"));
    }

    @Test
    void aMinusInAFieldThatCannotBeNegativeGetsAMessage(FxRobot robot) {
        open(robot, "knee-to-wall");
        robot.clickOn("#left-knee-to-wall").write("\u22123");
        robot.clickOn("#right-knee-to-wall").write("-3 cm");
        assertEquals("\u22123", text(robot, "#left-knee-to-wall"), "nothing typed is dropped");
        verifyThat("#message-left-knee-to-wall", hasText("Cannot be negative: enter 0 to 30 cm"));
        verifyThat("#message-right-knee-to-wall", hasText("Cannot be negative: enter 0 to 30 cm"));
        verifyThat("#wizard-next", isDisabled());
    }

    @Test
    void exponentsNanInfinityAndOutOfRangeAreRefusedAsTyped(FxRobot robot) {
        open(robot, "knee-to-wall");
        String[][] cases = {
            {"1e2", "Write the number out in full, without \u201ce\u201d: enter 0 to 30 cm"},
            {"NaN", "Not a measurement: enter a number, 0 to 30 cm"},
            {"Infinity", "Not a measurement: enter a number, 0 to 30 cm"},
            {"9999", "Out of range: enter 0 to 30 cm"},
            {"8.55", "This check reads to one decimal place: round 8.55 to 8.6"},
            {"12 mm", "Enter the number only, in centimetres: 0 to 30 cm"}};
        for (String[] c : cases) {
            retype(robot, "#left-knee-to-wall", c[0]);
            assertEquals(c[0], text(robot, "#left-knee-to-wall"));
            verifyThat("#message-left-knee-to-wall", hasText(c[1]));
            verifyThat("#wizard-next", isDisabled());
        }
    }

    @Test
    void aboveOrBelowHorizontalIsChosenAndASignIsExplained(FxRobot robot) {
        open(robot, "modified-thomas");
        robot.clickOn("#left-modified-thomas").write("\u22123");
        verifyThat("#message-left-modified-thomas", hasText("No sign needed: type the size of the angle, then choose "
                + "\u201cAbove horizontal\u201d or \u201cBelow horizontal\u201d."));
        retype(robot, "#left-modified-thomas", "10");
        verifyThat("#message-left-modified-thomas", hasText("Choose \u201cAbove horizontal\u201d or \u201cBelow horizontal\u201d"));
        robot.clickOn("#answer-below-left-modified-thomas");
        verifyThat("#message-left-modified-thomas", hasText("\u2713 10° below horizontal"));
        robot.clickOn("#right-modified-thomas").write("2");
        robot.clickOn("#answer-above-right-modified-thomas");
        robot.clickOn("#wizard-next");
        verifyThat("#left-modified-thomas", hasText("10° below horizontal"));
        verifyThat("#right-modified-thomas", hasText("2° above horizontal"));
        verifyThat("#difference-modified-thomas", hasText("12°"));
        verifyThat("#tighter-modified-thomas", hasText("Right"));
        verifyThat("#basis-modified-thomas", hasText("Based on: measurement error"));
    }

    @Test
    void enterOnNotTestedKeepsTheValueAndSpaceTicksIt(FxRobot robot) {
        open(robot, "knee-to-wall");
        robot.clickOn("#left-knee-to-wall").write("9");
        robot.push(KeyCode.TAB);
        CheckBox skip = node(robot, "#skip-left-knee-to-wall");
        assertTrue(skip.isFocused(), "Tab reaches the box");
        robot.push(KeyCode.ENTER);
        assertFalse(skip.isSelected(), "Enter does not tick the box");
        assertEquals("9", text(robot, "#left-knee-to-wall"));
        verifyThat("#message-left-knee-to-wall", hasText("\u2713 9 cm"));
        assertTrue(node(robot, "#right-knee-to-wall").isFocused(), "Enter moved on to the next field");
        assertTrue(robot.lookup("#choose-checks-page").tryQuery().isEmpty(), "and did not go anywhere else");

        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertTrue(skip.isFocused());
        robot.push(KeyCode.SPACE);
        assertTrue(skip.isSelected(), "Space ticks it");
        verifyThat("#left-knee-to-wall", isDisabled());
        robot.push(KeyCode.SPACE);
        assertFalse(skip.isSelected(), "Space unticks it");
        assertEquals("9", text(robot, "#left-knee-to-wall"), "unticking brings back the value typed before");
        verifyThat("#message-left-knee-to-wall", hasText("\u2713 9 cm"));
    }

    @Test
    void enterMovesFromFieldToFieldAndThenToTheNextPage(FxRobot robot) {
        open(robot, "knee-to-wall");
        robot.clickOn("#left-knee-to-wall").write("9").push(KeyCode.ENTER);
        robot.write("7").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#difference-knee-to-wall", hasText("2 cm"));
    }

    @Test
    void afterPreviousTheFocusIsOnTheFirstFieldNotOnCancel(FxRobot robot) {
        open(robot, "butterfly", "knee-to-wall");
        robot.clickOn("#left-butterfly").write("12");
        robot.clickOn("#right-butterfly").write("12.5");
        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(node(robot, "#left-knee-to-wall").isFocused(), "a new page starts on its first field");
        robot.clickOn("#wizard-previous");
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = node(robot, "#left-butterfly").getScene().getFocusOwner();
        assertSame(node(robot, "#left-butterfly"), focused, "focus is on the first field, not on " + focused);
        robot.push(KeyCode.ENTER);
        assertTrue(node(robot, "#right-butterfly").isFocused());
        assertTrue(harness.dialogs.confirmations.isEmpty(), "Enter did not reach Cancel");
        assertEquals("12", text(robot, "#left-butterfly"));
    }

    @Test
    void cancelAsksBeforeThrowingAwayWhatWasEntered(FxRobot robot) {
        open(robot, "knee-to-wall");
        robot.clickOn("#left-knee-to-wall").write("9");
        harness.dialogs.answer = false;
        robot.clickOn("#wizard-cancel");
        assertEquals(1, harness.dialogs.confirmations.size());
        assertTrue(harness.dialogs.confirmations.get(0).startsWith("Leave without saving?"));
        assertEquals("9", text(robot, "#left-knee-to-wall"), "the user said no: the wizard and the value stay");
        // And the wizard still works: its page and buttons are all there.
        robot.clickOn("#right-knee-to-wall").write("7");
        robot.clickOn("#wizard-next");
        verifyThat("#difference-knee-to-wall", hasText("2 cm"));
        robot.clickOn("#wizard-previous");

        robot.push(KeyCode.ESCAPE);
        assertEquals(2, harness.dialogs.confirmations.size(), "Escape asks too");
        assertEquals("9", text(robot, "#left-knee-to-wall"));

        // The window's own close button (as a window manager sends it) asks the same question.
        javafx.stage.Window wizard = node(robot, "#left-knee-to-wall").getScene().getWindow();
        robot.interact(() -> wizard.fireEvent(new javafx.stage.WindowEvent(wizard,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(3, harness.dialogs.confirmations.size(), harness.dialogs.confirmations.toString());
        assertTrue(wizard.isShowing(), "the user said no: the window stays");

        harness.dialogs.answer = true;
        robot.clickOn("#wizard-cancel");
        WizardHarness.awaitClosed(robot);
        assertTrue(harness.history.runs().isEmpty());
    }

    @Test
    void cancelWithNothingEnteredJustCloses(FxRobot robot) {
        open(robot, "knee-to-wall");
        robot.clickOn("#wizard-cancel");
        WizardHarness.awaitClosed(robot);
        assertTrue(harness.dialogs.confirmations.isEmpty());
    }

    @Test
    void theIntroductionSaysThePremiseIsOpinion(FxRobot robot) {
        robot.clickOn("#open-wizard");
        String premise = robot.lookup("#wizard-premise").queryLabeled().getText();
        assertTrue(premise.contains("his opinion"), premise);
        assertTrue(premise.contains("Rabin 2015") && premise.contains("Guan 2022"), premise);
        assertTrue(robot.lookup("#choose-figure-four").tryQuery().isPresent(), "figure-4 knee height is offered");
        assertTrue(robot.lookup("#choose-figure-four-feel").tryQuery().isEmpty(), "the retired rating is not offered");
    }
}
