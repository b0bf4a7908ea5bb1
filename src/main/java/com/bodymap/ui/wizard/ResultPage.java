package com.bodymap.ui.wizard;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.dialog.Wizard;

/**
 * The last page: the result, a button to print it as a personal plan, a notes field, and Finish,
 * which saves the run. If saving fails the
 * wizard stays open on this page, so nothing the user entered is lost.
 */
final class ResultPage extends StepPane {
    private final ComparisonWizardModel model;
    private final ComparisonReportView report;

    ResultPage(ComparisonWizardModel model, ComparisonReportView report, Consumer<Window> printPlan) {
        this.model = model;
        this.report = report;
        setId("result-page");
        setHeaderText("Your result");

        TextArea notes = new TextArea();
        notes.setId("notes");
        notes.setPromptText("For example: long drive yesterday; left hip sore after running");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());
        VBox notesBox = new VBox(ChooseChecksPage.text("Notes (optional)", WizardStyle.HEADING), notes,
                ChooseChecksPage.text("Finish saves this run with the date and your notes, so you can compare "
                        + "next time (Tools > Results history).", WizardStyle.MUTED));
        notesBox.getStyleClass().add("notes-box");

        // After the notes, so a plan printed before Finish carries them too.
        Button print = new Button("Print or save this plan\u2026");
        print.setId("print-plan");
        print.setOnAction(e -> printPlan.accept(print.getScene().getWindow()));
        HBox printRow = new HBox(print, ChooseChecksPage.text("A sheet with this table, the plan, your notes and each "
                + "card in full.", WizardStyle.MUTED));
        printRow.getStyleClass().add("print-row");
        VBox body = new VBox(report, notesBox, printRow);
        body.getStyleClass().add("step-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        setContent(scroll);
    }

    @Override
    public void onEnteringPage(Wizard wizard) {
        report.show(model.report());
        super.onEnteringPage(wizard);
    }

    @Override
    void bindValidity(Wizard wizard) {
        wizard.setInvalid(false);
    }

    @Override
    protected Node createButton(ButtonType type) {
        Node button = super.createButton(type);
        if (type == ButtonType.FINISH) {
            button.addEventFilter(ActionEvent.ACTION, e -> {
                if (!model.finish()) {
                    e.consume();
                }
            });
            if (button instanceof javafx.scene.control.Button b) {
                b.setText("Finish and save");
            }
        }
        return button;
    }
}
