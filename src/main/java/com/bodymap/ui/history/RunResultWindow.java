package com.bodymap.ui.history;

import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.ui.common.Stylesheets;
import com.bodymap.ui.wizard.ComparisonReportView;
import com.bodymap.ui.wizard.ReportWording;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A saved run's result page, opened again from the history. Read-only. */
final class RunResultWindow {
    private final Stage stage = new Stage();

    RunResultWindow(Window owner, ComparisonRun run, ComparisonReport report, ReportWording wording, CheckCatalog catalog,
                    Consumer<Window> printPlan) {
        String when = run.takenAt().format(HistoryViewModel.DATE);
        Label title = new Label("Result of " + when);
        title.setId("run-result-title");
        title.getStyleClass().add("wizard-title");
        ComparisonReportView view = new ComparisonReportView(wording, catalog);
        view.show(report);
        Label notesTitle = new Label("Notes");
        notesTitle.getStyleClass().add("wizard-heading");
        Label notes = new Label(run.notes().isBlank() ? "No notes." : run.notes());
        notes.setId("run-result-notes");
        notes.setWrapText(true);
        Button close = new Button("Close");
        close.setId("run-result-close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.hide());
        Button print = new Button("Print or save this plan\u2026");
        print.setId("run-result-print");
        print.setOnAction(e -> printPlan.accept(stage));
        HBox buttons = new HBox(print, close);
        buttons.getStyleClass().add("button-bar");
        VBox body = new VBox(title, view, notesTitle, notes, buttons);
        body.setId("run-result");
        body.getStyleClass().addAll("step-body", "run-result");
        ScrollPane scroll = new ScrollPane(body);
        // Fit to width only: fitting the height too squeezed the page into the window and cut its text.
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        Scene scene = new Scene(scroll, 860, 720);
        Stylesheets.apply(scene);
        stage.initOwner(owner);
        stage.setTitle("Body Map: result of " + when);
        stage.setScene(scene);
        // Open at the top, not scrolled down to the focused Close button; arrow keys then scroll the page.
        stage.setOnShown(e -> {
            scroll.setVvalue(0);
            scroll.requestFocus();
        });
    }

    void show() {
        stage.show();
    }
}
