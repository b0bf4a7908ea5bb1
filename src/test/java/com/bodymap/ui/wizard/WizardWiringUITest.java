package com.bodymap.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.ui.MainWindow;
import com.bodymap.ui.MainWindowFixture;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wizard as the real main window offers it: from the Tools menu and from a region page. */
@ExtendWith(ApplicationExtension.class)
class WizardWiringUITest {

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture.show(stage);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theToolsMenuOffersTheWizardAndTheHistory(FxRobot robot) {
        MainWindow window = robot.lookup(".main-window").queryAs(MainWindow.class);
        List<String> ids = window.toolsMenu().getItems().stream().map(MenuItem::getId).toList();
        assertTrue(ids.containsAll(List.of("menu-compare", "menu-history")), ids.toString());
        assertTrue(window.toolsMenu().isVisible());
    }

    @Test
    void aRegionPageOpensTheWizardWithItsChecksTicked(FxRobot robot) {
        robot.clickOn("#view-back");
        robot.clickOn("#calf-left");
        robot.clickOn("#action-compare");
        assertTrue(robot.lookup("#choose-knee-to-wall").queryAs(CheckBox.class).isSelected());
        assertFalse(robot.lookup("#choose-modified-thomas").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#wizard-cancel");
        assertEquals(0, robot.lookup("#choose-checks-page").queryAll().size(), "the wizard has closed");
    }
}
