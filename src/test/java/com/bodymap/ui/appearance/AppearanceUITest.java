package com.bodymap.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.store.PreferencesStore;
import com.bodymap.ui.MainWindowFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Theme and Text size on the real main window: applied at once to every window, keys, and remembered. */
@ExtendWith(ApplicationExtension.class)
class AppearanceUITest {
    @TempDir
    Path data;
    private Stage stage;
    private com.bodymap.app.AppAssembly app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, SystemLook desktop) {
        robot.interact(() -> {
            try {
                app = MainWindowFixture.openOn(stage, data, desktop);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Parent root() {
        return stage.getScene().getRoot();
    }

    private static Paint background(Node n) {
        return ((Region) n).getBackground().getFills().get(0).getFill();
    }

    /** The colours a shape is painted with: its stripes' two colours, or its one colour. */
    private static List<Color> colours(Paint fill) {
        if (fill instanceof LinearGradient g) {
            return g.getStops().stream().map(Stop::getColor).distinct().toList();
        }
        return List.of((Color) fill);
    }

    /**
     * Clicks View, the submenu, then the item, as a user does (by their words): across into the
     * submenu first, then down, since a diagonal path would cross the next row and close it.
     */
    private static void menu(FxRobot robot, String submenu, String item) {
        robot.clickOn("View").clickOn(submenu);
        WaitForAsyncUtils.waitForFxEvents();
        double y = robot.point(submenu).query().getY();
        robot.moveTo(new javafx.geometry.Point2D(robot.point(item).query().getX(), y));
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseTheme(FxRobot robot, String id) {
        menu(robot, "Theme", switch (id) {
            case "dark" -> "Dark";
            case "high-contrast" -> "High contrast";
            case "light" -> "Light";
            default -> "Follow the system";
        });
    }

    @Test
    void aThemeChosenInTheMenuIsAppliedAtOnceToEveryWindow(FxRobot robot) {
        open(robot, SystemLook.LIGHT);
        assertFalse(root().getStyleClass().stream().anyMatch(c -> c.startsWith("theme-")), root().getStyleClass().toString());
        assertEquals(Color.web("#ffffff"), background(robot.lookup("#body-map").query()));
        robot.clickOn("#open-library");
        WaitForAsyncUtils.waitForFxEvents();
        Window library = Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage).findFirst().orElseThrow();

        robot.interact(stage::requestFocus);
        chooseTheme(robot, "dark");
        assertTrue(root().getStyleClass().contains("theme-dark"));
        assertTrue(library.getScene().getRoot().getStyleClass().contains("theme-dark"), "the open library follows");
        assertEquals(Color.web("#1b1f24"), background(robot.lookup("#body-map").query()), "the palette's dark paper");
        assertTrue(colours(robot.lookup("#lumbar-spine").queryAs(SVGPath.class).getFill()).contains(Color.web("#c93b3b")),
                "the dark theme's avoid colour on the map");

        chooseTheme(robot, "high-contrast");
        assertTrue(root().getStyleClass().contains("theme-high-contrast"));
        assertFalse(root().getStyleClass().contains("theme-dark"));
        assertEquals(Color.web("#000000"), background(robot.lookup("#body-map").query()));
        assertTrue(library.getScene().getRoot().getStyleClass().contains("theme-high-contrast"));

        chooseTheme(robot, "light");
        assertFalse(root().getStyleClass().stream().anyMatch(c -> c.startsWith("theme-")));
        assertTrue(colours(robot.lookup("#lumbar-spine").queryAs(SVGPath.class).getFill()).contains(Color.web("#a31515")));
        robot.interact(library::hide);
    }

    @Test
    void followingTheSystemShowsTheDesktopsDarkTheme(FxRobot robot) {
        open(robot, SystemLook.DARK);
        assertEquals(com.bodymap.store.ThemeChoice.SYSTEM, app.appearance().getTheme(), "the default");
        assertTrue(root().getStyleClass().contains("theme-dark"), root().getStyleClass().toString());
        chooseTheme(robot, "light");
        assertFalse(root().getStyleClass().contains("theme-dark"));
        chooseTheme(robot, "system");
        assertTrue(root().getStyleClass().contains("theme-dark"));
    }

    @Test
    void ctrlPlusAndMinusChangeTheTextOutsideTheMapAndZoomOnIt(FxRobot robot) {
        open(robot, SystemLook.LIGHT);
        Label title = robot.lookup(".page-title").queryAs(Label.class);
        double normal = title.getFont().getSize();
        robot.clickOn("#region-search");
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(root().getStyleClass().contains("text-large"), root().getStyleClass().toString());
        assertEquals(normal * 16 / 13, title.getFont().getSize(), 0.6, "em sizes follow the root's");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(root().getStyleClass().contains("text-larger"), "larger is the largest");
        assertEquals(normal * 19 / 13, title.getFont().getSize(), 0.6);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(root().getStyleClass().contains("text-large"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(root().getStyleClass().stream().anyMatch(c -> c.startsWith("text-")), "Ctrl+0 resets the size");
        assertEquals(normal, title.getFont().getSize(), 0.01);

        robot.clickOn("#view-front");
        robot.interact(() -> robot.lookup("#body-map").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(root().getStyleClass().stream().anyMatch(c -> c.startsWith("text-")), "on the map the key zooms");
        assertFalse(robot.lookup("#zoom-fit").query().isDisabled(), "the map zoomed in");
    }

    /** Every visible node inside {@code within} that reaches past its right edge (clipped from view). */
    private static List<String> pastTheRightEdge(Node within, Parent root) {
        double edge = within.localToScene(within.getLayoutBounds()).getMaxX() + 0.5;
        List<String> out = new java.util.ArrayList<>();
        walk(root, n -> {
            if (n.isVisible() && n instanceof Region r && r.getWidth() > 0) {
                double right = n.localToScene(n.getLayoutBounds()).getMaxX();
                if (right > edge) {
                    out.add(n.getClass().getSimpleName() + n.getStyleClass() + (n.getId() == null ? "" : "#" + n.getId())
                            + " ends at " + Math.round(right) + " > " + Math.round(edge));
                }
            }
        });
        return out;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p && n.isVisible()) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, visit));
        }
    }

    @Test
    void theLayoutHoldsAtTheLargestTextIn1024By700(FxRobot robot) {
        open(robot, SystemLook.LIGHT);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        menu(robot, "Text size", "Larger");
        assertTrue(root().getStyleClass().contains("text-larger"));
        com.bodymap.ui.MainWindow main = (com.bodymap.ui.MainWindow) root();
        Node viewport = robot.lookup(".region-page > .viewport").query();
        for (String region : List.of("lumbar-spine", "mid-back-muscles", "glutes", "upper-trapezius", "it-band", "calf")) {
            robot.interact(() -> main.map().selectRegion(region));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), pastTheRightEdge(viewport, robot.lookup(".region-page-body").queryAs(Parent.class)),
                    region + "'s page is cut off on the right");
        }
        // The toolbar: every button whole, in the window, none over another.
        List<Node> bar = new java.util.ArrayList<>();
        walk(robot.lookup(".tool-bar-row").query(), n -> {
            if (n instanceof javafx.scene.control.ButtonBase || n instanceof javafx.scene.control.TextField) {
                bar.add(n);
            }
        });
        assertEquals(List.of(), pastTheRightEdge(root(), (Parent) robot.lookup(".tool-bar-row").query()));
        for (Node n : bar) {
            if (n instanceof javafx.scene.control.Labeled l) {
                Node text = l.lookup(".text");
                assertEquals(l.getText(), ((javafx.scene.text.Text) text).getText(), "the button's words are whole");
            }
            for (Node other : bar) {
                if (other != n) {
                    var a = n.localToScene(n.getLayoutBounds());
                    var b = other.localToScene(other.getLayoutBounds());
                    // Touching (a segmented pair) is fine; covering a pixel or more is not.
                    boolean overlap = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()) > 1
                            && Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY()) > 1;
                    assertFalse(overlap, n + " overlaps " + other);
                }
            }
        }
        // The map's legend: the three ratings' words whole.
        for (Node item : robot.lookup(".legend-item").queryAll()) {
            Label l = (Label) item;
            if (l.isVisible()) {
                assertEquals(l.getText(), ((javafx.scene.text.Text) l.lookup(".text")).getText(), "legend words whole");
            }
        }
        assertEquals(List.of(), pastTheRightEdge(robot.lookup("#body-map").query(), (Parent) robot.lookup("#map-legend").query()));
    }

    @Test
    void themeTextSizeAndToolComeBackFromThePreferences(FxRobot robot) throws Exception {
        open(robot, SystemLook.LIGHT);
        chooseTheme(robot, "dark");
        menu(robot, "Text size", "Larger");
        robot.clickOn("#tool-picker").clickOn("Massage ball");
        robot.interact(stage::hide);
        WaitForAsyncUtils.waitForFxEvents();
        JsonNode saved = new ObjectMapper().readTree(data.resolve(PreferencesStore.FILE_NAME).toFile());
        assertEquals("dark", saved.path("theme").asText());
        assertEquals("larger", saved.path("textSize").asText());
        assertEquals("ball", saved.path("tool").asText());

        open(robot, SystemLook.LIGHT);
        assertTrue(root().getStyleClass().contains("theme-dark"), root().getStyleClass().toString());
        assertTrue(root().getStyleClass().contains("text-larger"));
        assertEquals("Massage ball", robot.lookup("#tool-picker").queryAs(ComboBox.class).getValue().toString());
    }
}
