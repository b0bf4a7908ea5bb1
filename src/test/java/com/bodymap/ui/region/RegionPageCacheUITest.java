package com.bodymap.ui.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import com.bodymap.ui.MainWindowFixture;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A page is built once and shown again on the next click, still right and scrolled to the top. */
@ExtendWith(ApplicationExtension.class)
class RegionPageCacheUITest {

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture.openFresh(stage);
    }

    @Test
    void aSecondClickShowsTheSamePageAgainFromTheTop(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#lumbar-spine");
        verifyThat("#region-title", hasText("Lumbar spine (low back)"));
        ScrollPane page = robot.lookup("#region-page").queryAs(ScrollPane.class);
        Node lumbar = page.getContent();
        robot.interact(() -> page.setVvalue(1));

        robot.clickOn("#thoracic-spine");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(lumbar, page.getContent(), "another region has its own page");
        String other = robot.lookup("#region-title").queryLabeled().getText();
        assertEquals(true, other.toLowerCase(java.util.Locale.ROOT).contains("thoracic"), other);

        robot.clickOn("#lumbar-spine");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(lumbar, page.getContent(), "the lumbar page was kept, not built again");
        verifyThat("#region-title", hasText("Lumbar spine (low back)"));
        assertEquals(0, page.getVvalue(), 1e-9, "shown from the top again");
        assertEquals(1, robot.lookup("#region-title").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getScene() != null).count(), "only the shown page is in the window");
    }
}
