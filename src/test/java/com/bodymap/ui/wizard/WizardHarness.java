package com.bodymap.ui.wizard;

import com.bodymap.export.PersonalPlan;
import java.util.ArrayList;
import java.util.List;
import com.bodymap.content.CheckLoader;
import com.bodymap.content.ContentException;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.store.ResultsHistory;
import com.bodymap.store.ResultsStore;
import com.bodymap.ui.comparison.ComparisonTools;
import com.bodymap.ui.common.Stylesheets;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.ContentFixtures;
import com.bodymap.wizard.PlanBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A small window with buttons that open the wizard (plain, or from the calf's region page) and the
 * history, wired the way the app wires them but with a temporary data folder and fixture content.
 */
public final class WizardHarness {
    public final ContentRepository content = ContentFixtures.content();
    public final CheckCatalog catalog;
    public final ResultsHistory history;
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final ComparisonTools tools;
    /** Plans the user asked to print, in order; the harness records them instead of opening a preview. */
    public final List<PersonalPlan> printedPlans = new ArrayList<>();

    /** Scrolls the node's scroll pane until the node is in view, as a user would before clicking it. */
    public static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Node content = scroll.getContent();
                    Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (room > 0) {
                        scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 20) / room)));
                    }
                    return;
                }
            }
        });
    }

    /** Waits for the wizard to close (a finished run is saved in the background first). */
    public static void awaitClosed(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".comparison-step").tryQuery().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("the wizard did not close", e);
        }
    }

    public WizardHarness(Stage stage, Path dataDir) throws ContentException {
        this(stage, dataDir, new AtomicFileWriter());
    }

    /** {@code writer} writes the results file: tests slow it down or make it fail. */
    public WizardHarness(Stage stage, Path dataDir, AtomicFileWriter writer) throws ContentException {
        catalog = new CheckLoader().loadBundled();
        Clock clock = Clock.systemDefaultZone();
        history = new ResultsHistory(new ResultsStore(dataDir, writer, clock));
        tools = new ComparisonTools(stage, catalog, content, Map.of(), history, dialogs,
                new AsymmetryAnalysis(new PlanBuilder()), clock, (plan, over) -> printedPlans.add(plan),
                com.bodymap.i18n.Messages.english());
        Button open = new Button("Compare");
        open.setId("open-wizard");
        open.setOnAction(e -> tools.openWizard(null));
        Button fromCalf = new Button("Compare from the calf page");
        fromCalf.setId("open-wizard-calf");
        fromCalf.setOnAction(e -> tools.openWizard(content.region("calf").orElseThrow()));
        Button openHistory = new Button("History");
        openHistory.setId("open-history");
        openHistory.setOnAction(e -> tools.openHistory());
        // Big enough that the wizard, centred on it, is wholly on the (1280x800) headless screen and clickable.
        Scene scene = new Scene(new VBox(open, fromCalf, openHistory), 1100, 760);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }
}
