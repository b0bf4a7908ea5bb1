package com.bodymap.ui.comparison;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Figure;
import com.bodymap.model.Region;
import com.bodymap.model.View;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.store.ResultsHistory;
import com.bodymap.ui.common.DialogService;
import com.bodymap.ui.history.HistoryWindow;
import com.bodymap.ui.region.RegionPageViewModel;
import com.bodymap.ui.wizard.ComparisonWizard;
import com.bodymap.ui.wizard.ComparisonWizardModel;
import com.bodymap.ui.wizard.PlanPrinting;
import com.bodymap.ui.wizard.PlanSheetMaker;
import com.bodymap.ui.wizard.ReportWording;
import com.bodymap.wizard.AsymmetryAnalysis;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import com.bodymap.picture.Pictures;

/**
 * The left/right comparison as the rest of the app sees it: two Tools menu commands and a region
 * page action, the wizard they open, and the results history. It reads the saved results the
 * first time either is opened and tells the user, once, if the file could not be used.
 */
public final class ComparisonTools {
    private final Stage owner;
    private final CheckCatalog catalog;
    private final ContentRepository content;
    private final Map<View, Figure> figures;
    private final ResultsHistory history;
    private final DialogService dialogs;
    private final AsymmetryAnalysis analysis;
    private final Clock clock;
    private final ReportWording wording;
    private final PlanPrinting printing;
    private final PlanSheetMaker plans;
    private final Executor saver;
    private final Pictures pictures;
    private HistoryWindow historyWindow;

    public ComparisonTools(Stage owner, CheckCatalog catalog, ContentRepository content, Map<View, Figure> figures,
                           ResultsHistory history, DialogService dialogs, AsymmetryAnalysis analysis, Clock clock,
                           PlanPrinting printing) {
        this(owner, catalog, content, figures, history, dialogs, analysis, clock, printing, savingThread(), Pictures.none());
    }

    /** {@code pictures} are the drawings of each check's test position. */
    public ComparisonTools(Stage owner, CheckCatalog catalog, ContentRepository content, Map<View, Figure> figures,
                           ResultsHistory history, DialogService dialogs, AsymmetryAnalysis analysis, Clock clock,
                           PlanPrinting printing, Pictures pictures) {
        this(owner, catalog, content, figures, history, dialogs, analysis, clock, printing, savingThread(), pictures);
    }

    /** {@code saver} writes finished runs, off the JavaFX thread. */
    public ComparisonTools(Stage owner, CheckCatalog catalog, ContentRepository content, Map<View, Figure> figures,
                           ResultsHistory history, DialogService dialogs, AsymmetryAnalysis analysis, Clock clock,
                           PlanPrinting printing, Executor saver) {
        this(owner, catalog, content, figures, history, dialogs, analysis, clock, printing, saver, Pictures.none());
    }

    private ComparisonTools(Stage owner, CheckCatalog catalog, ContentRepository content, Map<View, Figure> figures,
                            ResultsHistory history, DialogService dialogs, AsymmetryAnalysis analysis, Clock clock,
                            PlanPrinting printing, Executor saver, Pictures pictures) {
        this.pictures = pictures;
        this.saver = saver;
        this.owner = owner;
        this.catalog = catalog;
        this.content = content;
        this.figures = figures;
        this.history = history;
        this.dialogs = dialogs;
        this.analysis = analysis;
        this.clock = clock;
        this.wording = new ReportWording(content, catalog);
        this.printing = printing;
        this.plans = new PlanSheetMaker(content, wording, catalog.planNote());
    }

    /** Adds "Compare left and right…" and "Results history…" to the Tools menu and the page action. */
    public void install(Menu tools, RegionPageViewModel page) {
        MenuItem compare = new MenuItem("_Compare left and right\u2026");
        compare.setId("menu-compare");
        compare.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        compare.setOnAction(e -> openWizard(null));
        MenuItem results = new MenuItem("_Results history\u2026");
        results.setId("menu-history");
        results.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
        results.setOnAction(e -> openHistory());
        tools.getItems().addAll(compare, results);
        page.addAction("compare", "Compare left and right", part -> openWizard(part.region()));
    }

    /** Opens the wizard; from a region page the related checks are ticked. */
    public void openWizard(Region from) {
        reportLoadProblem();
        ComparisonWizardModel model = new ComparisonWizardModel(catalog, analysis, history, dialogs, clock, saver);
        if (from != null) {
            model.proposeFor(from);
        }
        new ComparisonWizard(owner, model, figures, pictures, content, wording,
                over -> printing.preview(plans.make(LocalDateTime.now(clock), model.report(), model.notesProperty().get()), over))
                .showAndWait();
    }

    /** The history reads the file itself, off the JavaFX thread, and reports a problem with it. */
    public void openHistory() {
        if (historyWindow == null) {
            historyWindow = new HistoryWindow(owner, catalog, history, dialogs, analysis, wording,
                    (run, report, over) -> printing.preview(plans.make(run.takenAt(), report, run.notes()), over));
        }
        historyWindow.show();
    }

    /** One daemon thread for saving runs, in order: it never keeps the app from quitting. */
    private static Executor savingThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "results-save");
            t.setDaemon(true);
            return t;
        });
    }

    private void reportLoadProblem() {
        history.open().ifPresent(problem -> dialogs.showError("Your saved results could not be read", problem));
    }
}
