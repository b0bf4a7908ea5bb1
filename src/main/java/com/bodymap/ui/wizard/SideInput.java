package com.bodymap.ui.wizard;

import javafx.beans.binding.Bindings;
import com.bodymap.wizard.MeasureInput;
import com.bodymap.i18n.MeasureWording;
import com.bodymap.i18n.Messages;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ReadingOption;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The input for one side: a number field with its unit (or a pass/fail choice), the answer to the
 * reading's question where there is one ("Above horizontal" / "Below horizontal"), "Not tested",
 * and the message beside it. The field takes any text: nothing typed is dropped or changed, and a
 * value the check cannot use is explained in the message, not guessed at.
 */
final class SideInput extends VBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final List<Control> inputs = new ArrayList<>();

    SideInput(SideEntry entry, MeasureWording measures) {
        CheckDefinition check = entry.check();
        Messages messages = measures.messages();
        String key = entry.side().key() + "-" + check.id();
        getStyleClass().add("side-input");

        Label name = new Label(messages.label(entry.side()));
        name.getStyleClass().add("side-name");
        name.setMinWidth(60);
        HBox row = new HBox(name);
        row.getStyleClass().add("side-row");
        if (check.kind() == MeasureKind.PASS_FAIL) {
            row.getChildren().add(choices(entry, key));
        } else {
            TextField field = new TextField();
            field.setId(key);
            field.setPrefColumnCount(6);
            field.setPromptText(measures.range(check));
            field.textProperty().bindBidirectional(entry.textProperty());
            field.disableProperty().bind(entry.skippedProperty());
            field.setAccessibleText(messages.text("wizard.side.accessible." + entry.side().key(), measures.fieldUnit(check.kind())));
            Label unit = new Label(measures.fieldUnit(check.kind()));
            unit.getStyleClass().add("unit");
            row.getChildren().addAll(field, unit);
            inputs.add(field);
            if (check.reading() != null) {
                row.getChildren().add(answers(entry, key));
            }
        }
        CheckBox skip = new CheckBox(messages.text("wizard.notTested"));
        skip.setId("skip-" + key);
        skip.getStyleClass().add(StepPane.SKIP_BOX);
        skip.selectedProperty().bindBidirectional(entry.skippedProperty());
        row.getChildren().add(skip);
        inputs.add(skip);

        Label message = new Label();
        message.setId("message-" + key);
        message.setWrapText(true);
        message.getStyleClass().add(WizardStyle.FIELD_MESSAGE);
        message.textProperty().bind(Bindings.createStringBinding(() -> message(entry, measures), entry.readingBinding()));
        entry.showsErrorBinding().addListener((obs, was, now) -> message.pseudoClassStateChanged(ERROR, now));
        message.pseudoClassStateChanged(ERROR, entry.showsErrorBinding().get());
        getChildren().addAll(row, message);
    }

    /** The controls of this side in the order Enter moves through them. */
    List<Control> inputs() {
        return inputs;
    }

    /** Two toggles for a pass/fail check: a pass, a fail, or (before choosing) neither. */
    private HBox choices(SideEntry entry, String key) {
        CheckDefinition check = entry.check();
        ToggleGroup group = new ToggleGroup();
        ToggleButton pass = new ToggleButton(check.passLabel());
        ToggleButton fail = new ToggleButton(check.failLabel());
        pass.setId("pass-" + key);
        fail.setId("fail-" + key);
        for (ToggleButton b : new ToggleButton[] {pass, fail}) {
            b.setToggleGroup(group);
            b.getStyleClass().add("choice");
            b.disableProperty().bind(entry.skippedProperty());
            inputs.add(b);
        }
        select(group, pass, fail, entry.passedProperty().get());
        group.selectedToggleProperty().addListener((obs, was, now) ->
                entry.passedProperty().set(now == null ? null : now == pass));
        entry.passedProperty().addListener((obs, was, now) -> select(group, pass, fail, now));
        HBox box = new HBox(pass, fail);
        box.getStyleClass().add("segmented");
        return box;
    }

    /** The reading's answers as toggles: "Above horizontal" / "Below horizontal". */
    private HBox answers(SideEntry entry, String key) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        for (ReadingOption option : entry.check().reading().options()) {
            ToggleButton b = new ToggleButton(option.label());
            b.setId("answer-" + option.id() + "-" + key);
            b.setUserData(option.id());
            b.setToggleGroup(group);
            b.getStyleClass().add("choice");
            b.disableProperty().bind(entry.skippedProperty());
            b.setSelected(option.id().equals(entry.optionProperty().get()));
            box.getChildren().add(b);
            inputs.add(b);
        }
        group.selectedToggleProperty().addListener((obs, was, now) ->
                entry.optionProperty().set(now == null ? null : (String) now.getUserData()));
        entry.optionProperty().addListener((obs, was, now) -> group.getToggles().forEach(t ->
                t.setSelected(now != null && now.equals(t.getUserData()))));
        box.setAccessibleText(entry.check().reading().question());
        return box;
    }

    /** What to type instead, what is still to do, or the value as it will be kept. */
    static String message(SideEntry entry, MeasureWording measures) {
        MeasureInput.Reading r = entry.readingBinding().get();
        if (!r.valid()) {
            return measures.problem(entry.check(), r.problem());
        }
        return r.value() == null ? measures.messages().text("wizard.side.notTested")
                : "\u2713 " + measures.value(entry.check(), r.value());
    }

    private static void select(ToggleGroup group, ToggleButton pass, ToggleButton fail, Boolean passed) {
        group.selectToggle(passed == null ? null : passed ? pass : fail);
    }
}
