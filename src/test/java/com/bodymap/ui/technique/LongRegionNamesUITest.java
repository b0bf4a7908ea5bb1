package com.bodymap.ui.technique;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.ui.MainWindowFixture;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Long region names ("Muscles beside the low back (lumbar erector spinae and quadratus lumborum)")
 * wrap inside a library tile and inside the card window, instead of widening them past their
 * column or window and cutting text off.
 */
@ExtendWith(ApplicationExtension.class)
class LongRegionNamesUITest {
    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture.openFresh(stage);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void tilesStayInsideTheirColumn(FxRobot robot) {
        robot.clickOn("#open-library");
        robot.clickOn("#library-search").write("spine");
        WaitForAsyncUtils.waitForFxEvents();
        TilePane grid = robot.lookup("#technique-grid").queryAs(TilePane.class);
        double column = grid.getPrefTileWidth();
        assertTrue(column > 100, "the grid has columns: " + column);
        for (Node tile : grid.getChildren()) {
            assertTrue(tile.getLayoutBounds().getWidth() <= column + 0.5,
                    tile.getId() + " is " + tile.getLayoutBounds().getWidth() + " px wide in a " + column + " px column");
            FlowPane marks = (FlowPane) tile.lookup(".tile-regions");
            for (Node chip : marks.getChildren()) {
                Bounds b = tile.sceneToLocal(chip.localToScene(chip.getLayoutBounds()));
                assertTrue(b.getMaxX() <= tile.getLayoutBounds().getWidth() + 0.5,
                        tile.getId() + ": a region chip runs out of the tile to x = " + b.getMaxX());
            }
        }
    }

    @Test
    void theCardWindowWrapsALongRegionName(FxRobot robot) {
        robot.clickOn("#open-library");
        robot.clickOn("#library-search").write("One massage ball beside the spine");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane card = robot.lookup("#card-view").queryAs(ScrollPane.class);
        double viewport = card.getViewportBounds().getWidth();
        Node body = card.getContent();
        assertTrue(body.getLayoutBounds().getWidth() <= viewport + 0.5,
                "the card is " + body.getLayoutBounds().getWidth() + " px wide in a " + viewport + " px window");
        Hyperlink link = robot.lookup("#card-region-low-back-muscles").queryAs(Hyperlink.class);
        Bounds b = body.sceneToLocal(link.localToScene(link.getLayoutBounds()));
        assertTrue(b.getMaxX() <= viewport + 0.5, "the region link ends at x = " + b.getMaxX() + ", past " + viewport);
        assertTrue(link.getHeight() > link.getFont().getSize() * 2, "the long name wraps onto a second line: " + link.getHeight());
    }
}
