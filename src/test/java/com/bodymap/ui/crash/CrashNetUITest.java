package com.bodymap.ui.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception in a button's handler opens the crash dialog, and the window goes on working. */
@ExtendWith(ApplicationExtension.class)
class CrashNetUITest {
    private static final Path LOG = Path.of("/tmp/body-map-test/logs/body-map.log");
    private final List<String> worked = new ArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        new CrashNet("Body Map test 1.0", LOG, new CrashDialog(stage, com.bodymap.i18n.Messages.english())).install();
        Button broken = new Button("Broken");
        broken.setId("broken");
        broken.setOnAction(e -> {
            throw new IllegalStateException("the page has no title");
        });
        Button fine = new Button("Fine");
        fine.setId("fine");
        fine.setOnAction(e -> worked.add("fine"));
        stage.setScene(new Scene(new VBox(broken, fine), 300, 200));
        stage.show();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Test
    void showsWhatHappenedWhereTheLogIsAndCopiesTheDetails(FxRobot robot) throws Exception {
        robot.clickOn("#broken");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#crash-summary").tryQuery().isPresent());
        String summary = robot.lookup("#crash-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("illegal state exception: the page has no title"), summary);
        assertTrue(robot.lookup("#crash-log").queryAs(Label.class).getText().contains(LOG.toString()));
        assertTrue(robot.lookup("Nothing you saved has been lost: your results and the files you saved are as they were. "
                + "You can go on using Body Map; if something looks wrong, close it and start it again.").tryQuery().isPresent());

        robot.clickOn("#crash-copy");
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(copied[0].contains("Body Map test 1.0"), copied[0]);
        assertTrue(copied[0].contains("IllegalStateException: the page has no title"), copied[0]);
        assertTrue(copied[0].contains("at com.bodymap.ui.crash.CrashNetUITest"), "the stack trace is in the details");

        robot.clickOn("#crash-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#crash-summary").tryQuery().isEmpty(), "the dialog closed");
        robot.clickOn("#fine");
        assertEquals(List.of("fine"), worked, "the window still works after the error");
    }

    @Test
    void errorsWhileTheDialogIsOpenAreCountedNotStacked(FxRobot robot) throws Exception {
        robot.clickOn("#broken");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#crash-summary").tryQuery().isPresent());
        // Fired as the event loop's own tasks, so the exceptions reach the net as a click's would.
        Button broken = robot.lookup("#broken").queryAs(Button.class);
        javafx.application.Platform.runLater(broken::fire);
        javafx.application.Platform.runLater(broken::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#crash-summary").queryAll().size(), "one dialog");
        assertEquals("2 more unexpected errors happened after this one; each is in the log.",
                robot.lookup("#crash-more").queryAs(Label.class).getText());
        robot.clickOn("#crash-close");
    }
}
