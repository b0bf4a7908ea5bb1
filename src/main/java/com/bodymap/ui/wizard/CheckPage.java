package com.bodymap.ui.wizard;

import com.bodymap.i18n.MeasureWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.Figure;
import com.bodymap.model.View;
import com.bodymap.model.check.CheckDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.dialog.Wizard;
import com.bodymap.picture.Picture;
import com.bodymap.picture.Pictures;

/** One check: how to do it, a drawing of the test position (or a figure of the region tested), and the two readings. */
final class CheckPage extends StepPane {
    private final CheckEntry entry;
    private final List<Control> inputs = new ArrayList<>();

    CheckPage(ComparisonWizardModel model, CheckEntry entry, Map<View, Figure> figures, Pictures pictures,
              ContentRepository content) {
        super(model);
        this.entry = entry;
        CheckDefinition check = entry.check();
        Messages messages = model.messages();
        MeasureWording measures = new MeasureWording(messages);
        setId("check-page-" + check.id());
        setHeaderText(check.name());

        VBox how = new VBox(
                section(messages.text("wizard.check.need"), check.equipment()),
                section(messages.text("wizard.check.position"), check.position()),
                section(messages.text("wizard.check.measure"), check.measure()),
                section(messages.text("wizard.check.firstSide"), messages.text("wizard.check.firstSide." + check.firstSide().key())));
        if (check.note() != null) {
            Label note = ChooseChecksPage.text(check.note(), WizardStyle.MUTED);
            note.getStyleClass().add("check-note");
            how.getChildren().add(note);
        }
        how.getStyleClass().add("check-how");
        HBox.setHgrow(how, Priority.ALWAYS);
        List<Picture> drawings = pictures.forCheck(check.id());
        HBox top = new HBox(how, drawings.isEmpty() ? new CheckFigure(check, figures, content, messages)
                : new CheckPicture(check, drawings, content, messages));
        top.getStyleClass().add("check-top");

        VBox readings = new VBox(ChooseChecksPage.text(messages.text("wizard.check.readings"), WizardStyle.HEADING));
        readings.getStyleClass().add("readings");
        if (check.reading() != null) {
            Label question = ChooseChecksPage.text(check.reading().question(), WizardStyle.TEXT);
            question.setId("question-" + check.id());
            readings.getChildren().add(question);
        }
        entry.sidesInOrder().forEach(side -> {
            SideInput input = new SideInput(side, measures);
            inputs.addAll(input.inputs());
            readings.getChildren().add(input);
        });
        Label rule = ChooseChecksPage.text(messages.text("wizard.check.rule", measures.threshold(check),
                messages.label(check.threshold().basis(), "inSentence"), messages.label(check.threshold().basis(), "meaning")),
                WizardStyle.MUTED);
        rule.setId("rule-" + check.id());
        readings.getChildren().add(rule);

        VBox body = new VBox(top, readings);
        body.getStyleClass().add("step-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        setContent(scroll);
    }

    private static VBox section(String title, String text) {
        VBox box = new VBox(ChooseChecksPage.text(title, WizardStyle.HEADING), ChooseChecksPage.text(text, WizardStyle.TEXT));
        box.getStyleClass().add("check-section");
        return box;
    }

    CheckDefinition check() {
        return entry.check();
    }

    @Override
    public void onEnteringPage(Wizard wizard) {
        int index = model.chosenChecks().indexOf(entry.check());
        setHeaderText(model.messages().text("wizard.check.header", index + 1, model.chosenChecks().size(), entry.check().name()));
        super.onEnteringPage(wizard);
    }

    @Override
    List<Control> inputs() {
        return inputs;
    }

    @Override
    void bindValidity(Wizard wizard) {
        wizard.invalidProperty().bind(entry.validBinding().not());
    }
}
