package com.bodymap.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.app.AppInfo;
import com.bodymap.ui.MainWindowFixture;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AboutWindowUITest {
    private final List<Path> opened = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        MainWindowFixture.openFresh(stage);
    }

    @Test
    void helpAboutShowsVersionLicencesDataFolderAndLog(FxRobot robot) {
        robot.clickOn("_Help".replace("_", ""));
        robot.clickOn("About Body Map");
        WaitForAsyncUtils.waitForFxEvents();
        String version = robot.lookup("#about-version").queryAs(Label.class).getText();
        assertTrue(version.contains(AppInfo.load().version()), version);
        GridPane libraries = robot.lookup("#about-libraries").queryAs(GridPane.class);
        String listed = libraries.getChildren().stream().map(n -> ((Label) n).getText()).reduce("", String::concat);
        for (String expected : List.of("OpenJFX", "GPL v2 with the Classpath Exception", "ControlsFX", "BSD 3-Clause",
                "Jackson", "Apache PDFBox", "Apache License 2.0", "DejaVu Sans font")) {
            assertTrue(listed.contains(expected), expected + " in " + listed);
        }
        String data = robot.lookup("#about-data-folder").queryAs(TextField.class).getText();
        String log = robot.lookup("#about-log-file").queryAs(TextField.class).getText();
        assertEquals(Path.of(data).resolve("logs").resolve("body-map.log").toString(), log);
        robot.clickOn("#about-close");
    }

    @Test
    void theButtonOpensTheDataFolderAndSaysSoWhenItCannot(FxRobot robot) {
        Path folder = Path.of("/tmp/body-map-about-test");
        robot.interact(() -> new AboutWindow(AppInfo.load(), folder, folder.resolve("logs/body-map.log"),
                opened::add, recordingDialogs(), stage, com.bodymap.i18n.Messages.english()).open());
        robot.clickOn("#about-open-data");
        assertEquals(List.of(folder), opened);
        robot.clickOn("#about-close");

        robot.interact(() -> new AboutWindow(AppInfo.load(), folder, folder.resolve("logs/body-map.log"),
                f -> {
                    throw new java.io.IOException("no file manager");
                }, recordingDialogs(), stage, com.bodymap.i18n.Messages.english()).open());
        robot.clickOn("#about-open-log");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("/tmp/body-map-about-test/logs") && errors.get(0).contains("no file manager"), errors.get(0));
        robot.clickOn("#about-close");
    }

    private com.bodymap.ui.common.DialogService recordingDialogs() {
        return new com.bodymap.ui.common.DialogService() {
            @Override
            public void showError(String title, String message) {
                errors.add(message);
            }

            @Override
            public void showInformation(String title, String message) {
            }

            @Override
            public boolean confirm(String title, String message) {
                return false;
            }

            @Override
            public Optional<File> chooseSaveFile(String title, String suggestedName, String description, String extension) {
                return Optional.empty();
            }
        };
    }
}
