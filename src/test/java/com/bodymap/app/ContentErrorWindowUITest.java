package com.bodymap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentException;
import com.bodymap.content.ContentFixtures;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ContentErrorWindowUITest {

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("broken-content");
        ContentFixtures.folder(dir, "missing-reference");
        try {
            new ContentLoader().load(ContentSource.folder(dir));
            throw new AssertionError("the fixture should not load");
        } catch (ContentException e) {
            new ContentErrorWindow(e.problems(), com.bodymap.i18n.Messages.english()).show(stage);
        }
    }

    @Test
    void brokenContentShowsAReadableProblemList(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#content-problems").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        String line = list.getItems().get(0);
        assertTrue(line.contains("regions.json at $[0].techniques[1]"), line);
        assertTrue(line.contains("no-such-card"), line);
        assertTrue(robot.lookup("Body Map cannot start: the content has 1 problem").tryQuery().isPresent());
    }
}
