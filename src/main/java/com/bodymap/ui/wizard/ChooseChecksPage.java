package com.bodymap.ui.wizard;

import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
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
        Messages messages = model.messages();
        setId("choose-checks-page");
        setHeaderText(messages.text("wizard.choose.header"));

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
            Label about = text(describe(c, content, wording), WizardStyle.MUTED);
            about.getStyleClass().add("check-choice-detail");
            list.getChildren().add(new VBox(box, about));
        }

        Label none = text(messages.text("wizard.choose.none"), "choose-none");
        none.setId("choose-none");
        none.visibleProperty().bind(model.anyChosenBinding().not());
        none.managedProperty().bind(none.visibleProperty());

        VBox safety = new VBox(
                text(messages.text("wizard.safety.title"), WizardStyle.HEADING),
                text(messages.text("wizard.safety.stop"), WizardStyle.TEXT),
                text(messages.text("wizard.safety.redFlags"), WizardStyle.TEXT),
                text(messages.text("wizard.safety.sides"), WizardStyle.MUTED));
        safety.setId("safety-note");
        safety.getStyleClass().add(WizardStyle.SAFETY);

        // The reason Next is off sits right above the list, where the eye is when it matters.
        VBox body = new VBox(intro);
        SourcedText premise = model.catalog().introduction();
        if (premise != null) {
            Label idea = text(premise.text(), WizardStyle.TEXT);
            idea.setId("wizard-premise");
            Label cited = text(messages.text("report.sources", wording.sources(premise.sources())), WizardStyle.MUTED);
            cited.setId("wizard-premise-sources");
            VBox about = new VBox(text(messages.text("wizard.premise"), WizardStyle.HEADING), idea, cited);
            about.getStyleClass().add("wizard-premise");
            body.getChildren().add(about);
        }
        body.getChildren().addAll(safety, text(messages.text("wizard.checks"), WizardStyle.HEADING), none, list);
        body.getStyleClass().add("step-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        setContent(scroll);
    }

    private static String describe(CheckDefinition c, ContentRepository content, ReportWording wording) {
        Messages messages = wording.messages();
        String regions = String.join(messages.text("list.separator"), c.regions().stream()
                .map(id -> content.region(id).map(Region::name).orElse(ReportWording.readable(id))).toList());
        String needs = messages.text("wizard.check.describe", regions, new ModelWording(messages).inSentence(c.equipment()));
        return c.threshold().roughGuide()
                ? messages.text("wizard.check.rough", needs, wording.basis(c.threshold().basis())) : needs;
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
