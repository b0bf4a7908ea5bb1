package com.bodymap.wizard;

import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ValidRange;
import java.util.regex.Pattern;

/**
 * Reads what the user typed for one side. {@link #acceptsWhileTyping} is the keystroke filter (a
 * letter in an angle field is refused before it reaches any model); {@link #read} is the full
 * check (required, a number, in range), with a message to show next to the field.
 */
public final class MeasureInput {

    /** The outcome of reading a field: a value, or a message saying what is wrong. */
    public record Reading(Double value, String message) {
        public boolean valid() {
            return message == null;
        }

        static Reading ok(Double value) {
            return new Reading(value, null);
        }

        static Reading problem(String message) {
            return new Reading(null, message);
        }
    }

    private MeasureInput() {
    }

    /** Whether text could be the start of a valid entry: digits, a leading minus where negatives are allowed, one decimal mark. */
    public static boolean acceptsWhileTyping(CheckDefinition check, String text) {
        ValidRange range = check.effectiveRange();
        String sign = range.allowsNegative() ? "-?" : "";
        String fraction = range.decimals() > 0 ? "([.,]\\d{0," + range.decimals() + "})?" : "";
        return Pattern.matches(sign + "\\d{0,3}" + fraction, text);
    }

    /** Reads a side's text. A skipped side is valid and has no value. */
    public static Reading read(CheckDefinition check, String text, boolean skipped) {
        if (skipped) {
            return Reading.ok(null);
        }
        ValidRange range = check.effectiveRange();
        if (text == null || text.isBlank()) {
            return Reading.problem("Required: " + MeasureFormat.range(check) + ", or tick \u201cNot tested\u201d");
        }
        String normal = text.trim().replace(',', '.');
        if (!normal.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Reading.problem("Not a number: enter " + MeasureFormat.range(check));
        }
        double value = Double.parseDouble(normal);
        if (!range.contains(value)) {
            return Reading.problem("Out of range: enter " + MeasureFormat.range(check));
        }
        return Reading.ok(value);
    }

    /** Reads a pass/fail choice: 1 for a pass, 0 for a fail, null when none is chosen yet. */
    public static Reading readChoice(CheckDefinition check, Boolean passed, boolean skipped) {
        if (check.kind() != MeasureKind.PASS_FAIL) {
            throw new IllegalArgumentException(check.id() + " is not a pass/fail check");
        }
        if (skipped) {
            return Reading.ok(null);
        }
        if (passed == null) {
            return Reading.problem("Required: choose one, or tick \u201cNot tested\u201d");
        }
        return Reading.ok(passed ? 1.0 : 0.0);
    }
}
