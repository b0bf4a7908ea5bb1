package com.bodymap.ui.history;

import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.store.ResultsHistory;
import com.bodymap.ui.common.DialogService;
import com.bodymap.ui.common.Stylesheets;
import com.bodymap.ui.wizard.ReportWording;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.files.AtomicFileWriter;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The results history in its own window beside the main one; one window, brought forward if open. */
public final class HistoryWindow {
    /** Reads, writes and exports for the history, one at a time, never on the JavaFX thread; its thread ends when idle. */
    private final ThreadPoolExecutor disk = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "history-files");
                t.setDaemon(true);
                return t;
            });
    private final Stage stage = new Stage();
    private final HistoryViewModel model;
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
        disk.allowCoreThreadTimeOut(true);
        model = new HistoryViewModel(catalog, history, dialogs, analysis, this::open, new AtomicFileWriter(),
                disk, Platform::runLater);
        Scene scene = new Scene(new HistoryView(model), 940, 720);
        Stylesheets.apply(scene);
        stage.initOwner(owner);
        stage.setTitle("Body Map: results history");
        stage.setMinWidth(700);
        stage.setMinHeight(520);
        stage.setScene(scene);
        // Coming back to the window catches up with runs saved meanwhile (here or by another window).
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && was != null && !was) {
                model.load();
            }
        });
    }

    /** Shows the window at once; the runs are read off the JavaFX thread and appear when read. */
    public void show() {
        if (stage.isShowing()) {
            stage.toFront();
        } else {
            stage.show();
        }
        model.load();
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
