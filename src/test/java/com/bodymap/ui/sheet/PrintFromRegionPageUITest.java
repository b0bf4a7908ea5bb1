package com.bodymap.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.ui.MainWindowFixture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real app: "Print this page" on a region page opens the preview of that page. */
@ExtendWith(ApplicationExtension.class)
class PrintFromRegionPageUITest {

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture.show(stage);
    }

    @Test
    void printThisPageOpensThePreview(FxRobot robot) throws Exception {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        robot.clickOn("#action-print-sheet");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sheet-page-label").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Page 1 of ")).orElse(false));
        Stage preview = (Stage) robot.lookup("#sheet-preview").query().getScene().getWindow();
        assertTrue(preview.getTitle().contains("Lumbar spine"), preview.getTitle());
        robot.clickOn("#sheet-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!preview.isShowing());
    }
}
