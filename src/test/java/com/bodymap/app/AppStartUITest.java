package com.bodymap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentFixtures;
import com.bodymap.files.ErrorLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starting the app on broken content shows the content-error window, never a dead app or a stack
 * trace (issue 13, defect 4): a content file holding [null], a folder that does not exist.
 */
@ExtendWith(ApplicationExtension.class)
class AppStartUITest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private List<String> openOn(String... args) {
        WaitForAsyncUtils.asyncFx(() -> new AppStart(ErrorLog.inFolder(dir), dir.resolve("data")).open(stage, List.of(args)));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> list = new FxRobot().lookup("#content-problems").queryAs(ListView.class);
        return list.getItems();
    }

    @Test
    void nullInAContentFileShowsTheProblemWindow() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        ContentFixtures.folder(content, "valid");
        Files.writeString(content.resolve("techniques.json"), "[null]");
        List<String> lines = openOn("--content", content.toString());
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("techniques.json at line 1, column 2 ($[0]): null is not allowed here"), lines.get(0));
        assertTrue(stage.isShowing());
        assertEquals("Body Map: content problems", stage.getTitle());
    }

    @Test
    void aMissingContentFolderIsOneProblemNotFour() {
        List<String> lines = openOn("--content", dir.resolve("nowhere").toString());
        assertEquals(List.of(dir.resolve("nowhere") + ": the content folder does not exist"), lines);
    }

    @Test
    void anUnknownOptionIsNamed() {
        List<String> lines = openOn("--frobnicate");
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("unknown option '--frobnicate'"), lines.get(0));
        assertFalse(lines.get(0).contains("Exception"));
    }
}
