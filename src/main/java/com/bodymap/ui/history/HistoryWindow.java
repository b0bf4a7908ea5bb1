package com.bodymap.ui.history;

import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.store.ResultsHistory;
import com.bodymap.ui.common.DialogService;
import com.bodymap.ui.common.Stylesheets;
import com.bodymap.ui.wizard.ReportWording;
import com.bodymap.wizard.AsymmetryAnalysis;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The results history in its own window beside the main one; one window, brought forward if open. */
public final class HistoryWindow {
    private final Stage stage = new Stage();
    private final Window owner;
    private final CheckCatalog catalog;
    private final AsymmetryAnalysis analysis;
    private final ReportWording wording;
    private final RunPrinting printing;

    public HistoryWindow(Window owner, CheckCatalog catalog, ResultsHistory history, DialogService dialogs,
                         AsymmetryAnalysis analysis, ReportWording wording, RunPrinting printing) {
        this.owner = owner;
        this.catalog = catalog;
        this.analysis = analysis;
        this.wording = wording;
        this.printing = printing;
        HistoryViewModel model = new HistoryViewModel(catalog, history, dialogs, analysis, this::open, wording);
        Scene scene = new Scene(new HistoryView(model), 940, 720);
        Stylesheets.apply(scene);
        stage.initOwner(owner);
        stage.setTitle(wording.messages().text("history.window"));
        stage.setMinWidth(700);
        stage.setMinHeight(520);
        stage.setScene(scene);
    }

    public void show() {
        if (stage.isShowing()) {
            stage.toFront();
        } else {
            stage.show();
        }
    }

    private void open(ComparisonRun run) {
        ComparisonReport report = analysis.report(catalog, run);
        new RunResultWindow(owner, run, report, wording, catalog, over -> printing.preview(run, report, over)).show();
    }

    /** Opens the print preview of a saved run's plan over a window. */
    @FunctionalInterface
    public interface RunPrinting {
        void preview(ComparisonRun run, ComparisonReport report, Window over);
    }
}
