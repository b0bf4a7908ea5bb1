package com.bodymap.ui.wizard;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Region;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.SourcedText;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.controlsfx.dialog.Wizard;

/**
 * The first page: what the comparison rests on (a practitioner's idea, and what studies say about
 * left/right differences), which checks to do, and the safety note.
 */
final class ChooseChecksPage extends StepPane {
    private final List<CheckBox> boxes = new ArrayList<>();

    ChooseChecksPage(ComparisonWizardModel model, ContentRepository content, ReportWording wording) {
        super(model);
        setId("choose-checks-page");
        setHeaderText("Compare left and right: choose the checks");

        Label intro = text(null, WizardStyle.LEAD);
        intro.setId("choose-intro");
        intro.textProperty().bind(model.introProperty());

        VBox list = new VBox();
        list.getStyleClass().add("check-choices");
        for (CheckDefinition c : model.checks()) {
            CheckBox box = new CheckBox(c.name());
            box.setId("choose-" + c.id());
            box.selectedProperty().bindBidirectional(model.chosenProperty(c.id()));
            box.getStyleClass().add("check-choice");
            boxes.add(box);
            Label about = text(describe(c, content), WizardStyle.MUTED);
            about.getStyleClass().add("check-choice-detail");
            list.getChildren().add(new VBox(box, about));
        }

        Label none = text("Choose at least one check to continue.", "choose-none");
        none.setId("choose-none");
        none.visibleProperty().bind(model.anyChosenBinding().not());
        none.managedProperty().bind(none.visibleProperty());

        VBox safety = new VBox(
                text("Before you start", WizardStyle.HEADING),
                text("These checks should feel like a stretch, never like pain. Stop at once on sharp, shooting "
                        + "or burning pain, or numbness or tingling, and leave that side as \u201cnot tested\u201d.",
                        WizardStyle.TEXT),
                text("Do not test, and get medical help urgently, if you have numbness around the groin or "
                        + "buttocks, new trouble passing urine or controlling your bladder or bowel, or pain, numbness "
                        + "or weakness in both legs. Pain rather than tightness is a reason to see a clinician.",
                        WizardStyle.TEXT),
                text("Left and right always mean your own body's sides.", WizardStyle.MUTED));
        safety.setId("safety-note");
        safety.getStyleClass().add(WizardStyle.SAFETY);

        // The reason Next is off sits right above the list, where the eye is when it matters.
        VBox body = new VBox(intro);
        SourcedText premise = model.catalog().introduction();
        if (premise != null) {
            Label idea = text(premise.text(), WizardStyle.TEXT);
            idea.setId("wizard-premise");
            Label cited = text("Sources: " + wording.sources(premise.sources()), WizardStyle.MUTED);
            cited.setId("wizard-premise-sources");
            VBox about = new VBox(text("What this comparison rests on", WizardStyle.HEADING), idea, cited);
            about.getStyleClass().add("wizard-premise");
            body.getChildren().add(about);
        }
        body.getChildren().addAll(safety, text("Checks", WizardStyle.HEADING), none, list);
        body.getStyleClass().add("step-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        setContent(scroll);
    }

    private static String describe(CheckDefinition c, ContentRepository content) {
        String regions = String.join(", ", c.regions().stream()
                .map(id -> content.region(id).map(Region::name).orElse(ReportWording.readable(id))).toList());
        String guide = c.threshold().roughGuide()
                ? " A rough guide (" + c.threshold().basis().label().toLowerCase() + ")." : "";
        return "Tests: " + regions + ". You need: " + lowerFirst(c.equipment()) + guide;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }

    @Override
    List<CheckBox> inputs() {
        return boxes;
    }

    @Override
    void bindValidity(Wizard wizard) {
        wizard.invalidProperty().bind(model.anyChosenBinding().not());
    }
}
