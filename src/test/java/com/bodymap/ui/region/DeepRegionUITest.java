package com.bodymap.ui.region;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import com.bodymap.ui.MainWindowFixture;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A deep muscle drawn over the surface one: dashed on the map, and its page says how it is reached. */
@ExtendWith(ApplicationExtension.class)
class DeepRegionUITest {

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture.openFresh(stage);
    }

    @Test
    void thePiriformisPageSaysItIsReachedThroughTheGlutes(FxRobot robot) {
        robot.clickOn("#region-search").write("piriformis").type(KeyCode.ENTER);
        verifyThat("#region-deep", hasText("Deep: you reach it through the glutes (buttocks)."));
        assertTrue(robot.lookup("#piriformis-left").queryAs(SVGPath.class).getStyleClass().contains("deep"),
                "drawn with the deep (dashed) style");
        robot.clickOn("#region-search").eraseText(20).write("hamstrings").type(KeyCode.ENTER);
        assertFalse(robot.lookup("#region-deep").tryQuery().isPresent(), "a surface muscle has no such line");
    }
}
