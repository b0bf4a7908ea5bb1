package com.bodymap.ui.wizard;

import com.bodymap.model.Side;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.wizard.MeasureInput;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the user has entered for one side of one check: typed text (exactly as typed), the answer
 * to a reading's question ("below horizontal"), or for pass/fail checks a choice; or "not
 * tested". Ticking "not tested" keeps what was typed, so unticking brings it back. The reading,
 * its validity and the message beside the field all derive from those by binding.
 */
public final class SideEntry {
    private final CheckDefinition check;
    private final Side side;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> passed = new SimpleObjectProperty<>();
    private final StringProperty option = new SimpleStringProperty();
    private final BooleanProperty skipped = new SimpleBooleanProperty(false);
    private final ObjectBinding<MeasureInput.Reading> reading;
    private final BooleanBinding valid;
    private final BooleanBinding showsError;
    private final BooleanBinding entered;

    public SideEntry(CheckDefinition check, Side side) {
        this.check = check;
        this.side = side;
        reading = Bindings.createObjectBinding(() -> check.kind() == MeasureKind.PASS_FAIL
                ? MeasureInput.readChoice(check, passed.get(), skipped.get())
                : MeasureInput.read(check, text.get(), option.get(), skipped.get()), text, option, passed, skipped);
        valid = Bindings.createBooleanBinding(() -> reading.get().valid(), reading);
        // An empty field, or one still waiting for its answer, is only a prompt; typed text that cannot be used is an error.
        showsError = Bindings.createBooleanBinding(() -> !reading.get().valid() && !reading.get().incomplete()
                && check.kind() != MeasureKind.PASS_FAIL && !text.get().isBlank(), reading, text);
        entered = Bindings.createBooleanBinding(() -> !text.get().isBlank() || passed.get() != null
                || option.get() != null || skipped.get(), text, passed, option, skipped);
    }

    public CheckDefinition check() {
        return check;
    }

    public Side side() {
        return side;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** For pass/fail checks: true for a pass, false for a fail, null before a choice. */
    public ObjectProperty<Boolean> passedProperty() {
        return passed;
    }

    /** For checks with a reading choice: the id of the answer chosen ("below"), or null. */
    public StringProperty optionProperty() {
        return option;
    }

    public BooleanProperty skippedProperty() {
        return skipped;
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    /** What the side's input reads as now: a value, or the problem the page words beside the field. */
    public ObjectBinding<MeasureInput.Reading> readingBinding() {
        return reading;
    }

    public BooleanBinding showsErrorBinding() {
        return showsError;
    }

    /** Whether the user has entered anything for this side, even something not valid. */
    public BooleanBinding enteredBinding() {
        return entered;
    }

    /** The value to save: null when not tested or not valid. */
    public Double value() {
        MeasureInput.Reading r = reading.get();
        return r.valid() ? r.value() : null;
    }
}
