package com.bodymap.ui.wizard;

import com.bodymap.ui.common.DeferredAccelerators;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.Figure;
import com.bodymap.model.View;
import com.bodymap.model.check.CheckDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.dialog.Wizard;
import com.bodymap.picture.Pictures;

/**
 * The ControlsFX wizard for one run. Pages are built once per check and kept, so going back and
 * forth keeps what was typed. Settings are not read by reflection (setReadSettings(false)): the
 * model holds every value. Closing the window asks first, as Cancel does, when anything was entered.
 */
public final class ComparisonWizard {
    private final Wizard wizard;
    private final ComparisonWizardModel model;
    private boolean guarded;

    public ComparisonWizard(Window owner, ComparisonWizardModel model, Map<View, Figure> figures, Pictures pictures,
                            ContentRepository content, ReportWording wording, Consumer<Window> printPlan) {
        this.model = model;
        wizard = new Wizard(owner, model.messages().text("wizard.title"));
        wizard.setReadSettings(false);
        Map<String, CheckPage> pages = new HashMap<>();
        ChooseChecksPage choose = new ChooseChecksPage(model, content, wording);
        ResultPage result = new ResultPage(model, new ComparisonReportView(wording, model.catalog()), printPlan);
        choose.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, w, window) -> guard(window));
                guard(scene.getWindow());
            }
        });
        wizard.setFlow(new ComparisonFlow(model, choose, (CheckDefinition c) -> pages.computeIfAbsent(c.id(),
                id -> new CheckPage(model, model.entry(id), figures, pictures, content)), result));
    }

    /** The window's close button goes through the same question as Cancel. */
    private void guard(Window window) {
        if (window == null || guarded) {
            return;
        }
        guarded = true;
        if (window.getScene() != null) {
            DeferredAccelerators.install(window.getScene()); // Enter's Next builds controls that add shortcuts
        }
        window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!model.mayClose()) {
                e.consume();
            }
        });
    }

    /** Shows the wizard and returns when it closes; a finished run has been saved by then. */
    public void showAndWait() {
        wizard.showAndWait();
    }
}
