package com.bodymap.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.store.PreferencesStore;
import com.bodymap.ui.MainWindowFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window and the map come back as they were left, from preferences.json in the data folder; a damaged file is set aside. */
@ExtendWith(ApplicationExtension.class)
class MapPreferencesUITest {
    @TempDir
    Path data;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            try {
                MainWindowFixture.openOn(stage, data);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void close(FxRobot robot) {
        robot.interact(stage::hide);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path file() {
        return data.resolve(PreferencesStore.FILE_NAME);
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).tryQuery().orElse(null);
        return n != null && n.getScene() != null;
    }

    /** The point of the front figure at the middle of the map, in the figure's own coordinates. */
    private static Point2D frontPointAtTheMiddle(FxRobot robot) {
        Node drawing = robot.lookup("#map-drawing").query();
        Bounds b = drawing.localToScreen(drawing.getBoundsInLocal());
        Node figure = robot.lookup("#quadriceps-left").query().getParent();
        return figure.screenToLocal(b.getCenterX(), b.getCenterY());
    }

    @Test
    void theWindowViewsAndZoomComeBackAsSaved(FxRobot robot) throws Exception {
        Files.writeString(file(), """
                {
                  "format": 1,
                  "window": {"x": 30, "y": 20, "width": 1100, "height": 720, "maximized": false},
                  "map": {"view": "front", "bothViews": false, "zoom": {"factor": 2.5, "view": "front", "x": 180, "y": 600}},
                  "language": "fr"
                }
                """);
        open(robot);
        assertEquals(30, stage.getX(), 0.5);
        assertEquals(20, stage.getY(), 0.5);
        assertEquals(1100, stage.getWidth(), 0.5);
        assertEquals(720, stage.getHeight(), 0.5);
        assertTrue(shown(robot, "quadriceps-left") && !shown(robot, "lumbar-spine"), "the front view, alone");
        Point2D middle = frontPointAtTheMiddle(robot);
        assertEquals(180, middle.getX(), 1.0, "the saved spot is in the middle of the map");
        assertEquals(600, middle.getY(), 1.0);
        assertFalse(robot.lookup("#zoom-fit").query().isDisabled(), "zoomed in, so Fit is offered");
        assertEquals("Point at a region to name it", robot.lookup("#status").queryAs(Label.class).getText().substring(0, 28),
                "no note about the settings when they were all read");

        robot.clickOn("#zoom-fit").clickOn("#view-back");
        robot.interact(() -> {
            stage.setX(10);
            stage.setWidth(1000);
        });
        close(robot);
        JsonNode saved = new ObjectMapper().readTree(file().toFile());
        assertEquals(10, saved.path("window").path("x").asDouble(), 0.5);
        assertEquals(1000, saved.path("window").path("width").asDouble(), 0.5);
        assertEquals("back", saved.path("map").path("view").asText());
        assertFalse(saved.path("map").path("bothViews").asBoolean(true));
        assertEquals(1, saved.path("map").path("zoom").path("factor").asDouble(), 1e-9);
        assertEquals("fr", saved.path("language").asText(), "a language this version does not speak is kept, and English is spoken");
    }

    @Test
    void zoomAndViewsSurviveARestart(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#view-back");
        robot.clickOn(MapZoomUITest.insidePoint(robot, "lumbar-spine"));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node lumbar = robot.lookup("#lumbar-spine").query();
        Point2D a = lumbar.localToScreen(0, 0);
        Point2D b = lumbar.localToScreen(100, 100);
        close(robot);
        assertTrue(Files.exists(file()), "saved when the window closed");

        open(robot);
        lumbar = robot.lookup("#lumbar-spine").query();
        assertEquals(a.distance(b), lumbar.localToScreen(0, 0).distance(lumbar.localToScreen(100, 100)), 0.01, "the same zoom");
        assertEquals(a.getX(), lumbar.localToScreen(0, 0).getX(), 0.5, "looking at the same spot");
        assertEquals(a.getY(), lumbar.localToScreen(0, 0).getY(), 0.5, "looking at the same spot");
    }

    @Test
    void aDamagedFileIsSetAsideWithANoteAndTheAppStartsWithDefaults(FxRobot robot) throws Exception {
        Files.writeString(file(), "{\"window\": {\"x\": 30,, \"map\"");
        open(robot);
        assertTrue(stage.isShowing(), "never fatal");
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.contains("settings were damaged") && status.contains("defaults"), status);
        assertTrue(Files.exists(data.resolve(PreferencesStore.FILE_NAME + ".damaged")), "moved aside, not lost");
        assertEquals("{\"window\": {\"x\": 30,, \"map\"", Files.readString(data.resolve(PreferencesStore.FILE_NAME + ".damaged")));
        assertTrue(robot.lookup("#zoom-fit").query().isDisabled(), "the default zoom: the whole figure");

        robot.moveTo(MapZoomUITest.insidePoint(robot, visibleRegion(robot)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#status").queryAs(Label.class).getText().contains("damaged"), "the note gives way to the map once used");
        close(robot);
        JsonNode fresh = new ObjectMapper().readTree(file().toFile());
        assertEquals(1, fresh.path("format").asInt(), "a fresh, readable file is written on close");
    }

    private static String visibleRegion(FxRobot robot) {
        return shown(robot, "lumbar-spine") ? "lumbar-spine" : "quadriceps-left";
    }
}
