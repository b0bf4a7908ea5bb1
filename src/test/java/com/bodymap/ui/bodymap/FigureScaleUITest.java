package com.bodymap.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.FigureChecker;
import com.bodymap.content.FigureLoader;
import com.bodymap.model.Figure;
import com.bodymap.model.View;
import com.bodymap.ui.MainWindowFixture;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Holds the figure geometry test to the real window: at the app's default size (1280 × 860, what
 * it opens on a 1920 × 1080 screen) each view of the figure is drawn at least as large as
 * {@link FigureChecker#defaultScale} assumes when it checks that every shape is big enough to hit.
 */
@ExtendWith(ApplicationExtension.class)
class FigureScaleUITest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        MainWindowFixture.openFresh(stage);
    }

    @Test
    void eachViewIsDrawnAtLeastAsLargeAsTheGeometryTestAssumes(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(860);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Map<View, Figure> figures = new FigureLoader().load(MainWindowFixture.bundled());
        for (View view : View.values()) {
            robot.clickOn("#view-" + view.key());
            WaitForAsyncUtils.waitForFxEvents();
            Figure figure = figures.get(view);
            List<Node> shown = robot.lookup(".region-shape").queryAll().stream()
                    .filter(n -> n.getScene() != null && figure.shape(n.getId()).isPresent()).toList();
            assertFalse(shown.isEmpty(), "the " + view.key() + " view shows its shapes");
            Node shape = shown.get(0);
            Bounds local = shape.getBoundsInLocal();
            double scale = shape.localToScene(local).getHeight() / local.getHeight();
            double assumed = FigureChecker.defaultScale(figure);
            System.out.printf("%s view at 1280 x 860: %.3f px per figure unit (the geometry test assumes %.3f)%n",
                    view.key(), scale, assumed);
            assertTrue(scale >= assumed - 1e-3, String.format("the %s view is drawn at %.3f px per unit, smaller than the "
                    + "%.3f the geometry test's size rule assumes", view.key(), scale, assumed));
        }
    }
}
