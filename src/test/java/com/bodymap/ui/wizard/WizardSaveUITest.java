package com.bodymap.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import com.bodymap.files.AtomicFileWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextArea;
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

/** Finishing the real wizard when the disk fails or is slow. */
@ExtendWith(ApplicationExtension.class)
class WizardSaveUITest {
    @TempDir
    Path scratch;

    private final CountDownLatch diskReady = new CountDownLatch(1);
    private Path dataDir;
    private WizardHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        // The data folder's place holds a file, so the first save fails as "not a folder".
        dataDir = scratch.resolve("data");
        Files.writeString(dataDir, "a file where the data folder should be");
        harness = new WizardHarness(stage, dataDir, new AtomicFileWriter(this::slowUntilReady));
    }

    /** A disk that takes until the test says so. */
    private OutputStream slowUntilReady(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    if (!diskReady.await(30, TimeUnit.SECONDS)) {
                        throw new IOException("the test never let the disk finish");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                out.write(b, off, len);
            }
        };
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        diskReady.countDown();
        FxToolkit.cleanupStages();
    }

    private void throughToTheResult(FxRobot robot) {
        robot.clickOn("#open-wizard-calf");
        robot.clickOn("#wizard-next");
        robot.clickOn("#left-knee-to-wall").write("11");
        robot.clickOn("#right-knee-to-wall").write("7.5");
        robot.clickOn("#wizard-next");
    }

    private static void awaitSaveOver(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#save-progress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterAFailedSaveFinishIsStillThereAndWorks(FxRobot robot) throws Exception {
        diskReady.countDown();
        throughToTheResult(robot);
        robot.clickOn("#wizard-finish");
        awaitSaveOver(robot);

        assertEquals(1, harness.dialogs.errors.size());
        String error = harness.dialogs.errors.get(0);
        assertTrue(error.contains("Reason: not a folder"), error);
        assertTrue(error.contains("\n" + dataDir.resolve("results.json") + "\n"), "the path on a line of its own: " + error);
        verifyThat("#save-status", hasText("Not saved: not a folder: something on the way there is a file, where a "
                + "folder should be. Press \u201cFinish and save\u201d to try again."));
        verifyThat("#wizard-finish", isVisible());
        verifyThat("#wizard-finish", isEnabled());
        verifyThat("#wizard-finish", hasText("Finish and save"));
        verifyThat("#left-knee-to-wall", hasText("11 cm"));

        // The user makes room for the folder and presses Finish again: it saves and closes.
        Files.delete(dataDir);
        Files.createDirectory(dataDir);
        robot.clickOn("#wizard-finish");
        WizardHarness.awaitClosed(robot);
        assertEquals(1, harness.history.runs().size());
        assertEquals(1, harness.dialogs.errors.size(), harness.dialogs.errors.toString());
    }

    @Test
    void aSlowDiskShowsSavingAndLeavesTheWizardUsable(FxRobot robot) throws Exception {
        Files.delete(dataDir);
        Files.createDirectory(dataDir);
        throughToTheResult(robot);
        robot.clickOn("#wizard-finish");
        WaitForAsyncUtils.waitForFxEvents();

        verifyThat("#save-progress", isVisible());
        verifyThat("#save-status", hasText("Saving your results\u2026"));
        verifyThat("#wizard-finish", isDisabled());
        // The window still answers: the user can scroll and type while the disk works.
        WizardHarness.reveal(robot, "#notes");
        robot.clickOn("#notes").write("still here");
        assertEquals("still here", robot.lookup("#notes").queryAs(TextArea.class).getText());
        robot.clickOn("#wizard-cancel");
        assertTrue(harness.dialogs.confirmations.isEmpty(), "Cancel waits for the save rather than asking to drop it");
        assertTrue(robot.lookup("#result-page").tryQuery().isPresent(), "still open while saving");

        diskReady.countDown();
        WizardHarness.awaitClosed(robot);
        assertEquals(1, harness.history.runs().size());
        assertEquals(11.0, harness.history.runs().get(0).results().get(0).left());
        assertTrue(harness.dialogs.errors.isEmpty(), harness.dialogs.errors.toString());
    }
}
