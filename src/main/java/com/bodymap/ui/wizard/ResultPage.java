package com.bodymap.ui.wizard;

import com.bodymap.i18n.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.dialog.Wizard;

/**
 * The last page: the result, a button to print it as a personal plan, a notes field, and "Finish
 * and save", which saves the run in the background while the page shows that it is saving. If
 * saving fails the wizard stays open on this page with Finish ready to try again, so nothing the
 * user entered is lost.
 */
final class ResultPage extends StepPane {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private final ComparisonReportView report;
    private final TextArea notes = new TextArea();

    ResultPage(ComparisonWizardModel model, ComparisonReportView report, Consumer<Window> printPlan) {
        super(model);
        this.report = report;
        Messages messages = model.messages();
        setId("result-page");
        setHeaderText(messages.text("wizard.result.header"));

        notes.setId("notes");
        notes.setPromptText(messages.text("wizard.notes.prompt"));
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());
        VBox notesBox = new VBox(ChooseChecksPage.text(messages.text("wizard.notes"), WizardStyle.HEADING), notes,
                ChooseChecksPage.text(messages.text("wizard.notes.hint"), WizardStyle.MUTED));
        notesBox.getStyleClass().add("notes-box");

        // After the notes, so a plan printed before Finish carries them too.
        Button print = new Button(messages.text("wizard.printPlan"));
        print.setId("print-plan");
        print.setOnAction(e -> printPlan.accept(print.getScene().getWindow()));
        HBox printRow = new HBox(print, ChooseChecksPage.text(messages.text("wizard.printPlan.hint"), WizardStyle.MUTED));
        printRow.getStyleClass().add("print-row");
        VBox body = new VBox(report, notesBox, printRow);
        body.getStyleClass().add("step-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        // Just above the buttons, outside the scrolling part, where the eye is after pressing Finish.
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("save-progress");
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.savingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label status = new Label();
        status.setId("save-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.getStyleClass().add("save-status");
        model.saveFailedProperty().addListener((obs, was, now) -> status.pseudoClassStateChanged(FAILED, now));
        status.textProperty().bind(model.saveStatusProperty());
        HBox statusRow = new HBox(spinner, status);
        statusRow.getStyleClass().add("save-status-row");
        statusRow.visibleProperty().bind(model.saveStatusProperty().isNotEmpty());
        statusRow.managedProperty().bind(statusRow.visibleProperty());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setContent(new VBox(scroll, statusRow));
    }

    @Override
    public void onEnteringPage(Wizard wizard) {
        report.show(model.report());
        super.onEnteringPage(wizard);
    }

    @Override
    List<? extends Node> inputs() {
        return List.of(notes);
    }

    @Override
    void bindValidity(Wizard wizard) {
        wizard.setInvalid(false);
    }

    /**
     * The first press of Finish saves in the background and goes no further; once saved, the same
     * button is pressed again for the wizard to close. A failed save leaves the page and its
     * buttons as they are, ready to try again.
     */
    @Override
    void guardButton(Button button, ActionEvent e) {
        super.guardButton(button, e);
        if ("wizard-finish".equals(button.getId()) && !model.saved()) {
            e.consume();
            model.save(button::fire);
        }
    }

    @Override
    protected Node createButton(ButtonType type) {
        Node button = super.createButton(type);
        if (type == ButtonType.FINISH && button instanceof Button finish) {
            finish.setText(model.messages().text("wizard.finish"));
            // Not a binding: ControlsFX sets the disable state of the buttons it looks up itself.
            model.savingProperty().addListener((obs, was, saving) -> finish.setDisable(saving));
        }
        return button;
    }
}
