package com.bodymap.wizard;

import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ReadingChoice;
import com.bodymap.model.check.ReadingOption;
import com.bodymap.model.check.ValidRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what the user typed for one side: every character they typed counts, nothing is dropped
 * or guessed. A value the check cannot use gets a message saying what to type instead, naming the
 * range; the message is shown beside the field and the page cannot be left until it is fixed or
 * the side is marked "not tested".
 */
public final class MeasureInput {

    /**
     * The outcome of reading a field: a value, or a message saying what is wrong, or (when
     * {@code incomplete}) what is still to do, such as choosing above or below horizontal.
     */
    public record Reading(Double value, String message, boolean incomplete) {
        public boolean valid() {
            return message == null;
        }

        static Reading ok(Double value) {
            return new Reading(value, null, false);
        }

        static Reading problem(String message) {
            return new Reading(null, message, false);
        }

        static Reading toDo(String message) {
            return new Reading(null, message, true);
        }
    }

    private static final Set<String> DEGREES = Set.of("\u00B0", "\u00BA", "\u02DA", "deg", "deg.", "degs", "degree", "degrees");
    private static final Set<String> CENTIMETRES = Set.of("cm", "cm.", "cms", "centimetre", "centimetres",
            "centimeter", "centimeters");
    private static final Set<String> POINTS = Set.of("/10", "/ 10", "out of 10", "point", "points");

    private MeasureInput() {
    }

    /** Reads a side of a check whose number says it all. A skipped side is valid and has no value. */
    public static Reading read(CheckDefinition check, String text, boolean skipped) {
        return read(check, text, null, skipped);
    }

    /**
     * Reads a side; {@code optionId} is the answer chosen for a check with a reading choice ("below"
     * horizontal), or null before one is chosen.
     */
    public static Reading read(CheckDefinition check, String text, String optionId, boolean skipped) {
        if (skipped) {
            return Reading.ok(null);
        }
        if (text == null || text.isBlank()) {
            return Reading.toDo("Required: enter " + MeasureFormat.range(check) + ", or tick \u201cNot tested\u201d");
        }
        NumberText.Parsed typed = NumberText.parse(text, ownUnits(check.kind()));
        if (!typed.ok()) {
            return Reading.problem(explain(check, typed.problem()));
        }
        ReadingChoice choice = check.reading();
        ValidRange range = check.effectiveRange();
        if (choice != null && typed.sign() != ' ') {
            return Reading.problem("No sign needed: type the size of the angle, then choose "
                    + answers(choice) + ".");
        }
        if (typed.negative() && !range.allowsNegative()) {
            return Reading.problem("Cannot be negative: enter " + MeasureFormat.range(check));
        }
        if (typed.decimals() > range.decimals()) {
            return Reading.problem(tooPrecise(check, typed.value()));
        }
        double number = typed.value().doubleValue();
        if (choice == null) {
            return range.contains(number) ? Reading.ok(number)
                    : Reading.problem("Out of range: enter " + MeasureFormat.range(check));
        }
        return readWithChoice(check, choice, number, optionId);
    }

    private static Reading readWithChoice(CheckDefinition check, ReadingChoice choice, double reading, String optionId) {
        Optional<ReadingOption> option = optionId == null ? Optional.empty() : choice.option(optionId);
        if (option.isEmpty()) {
            if (choice.needsNoAnswer(reading) && reading <= choice.max()) {
                double value = choice.options().get(0).valueOf(reading);
                return check.effectiveRange().contains(value) ? Reading.ok(value)
                        : Reading.problem("Out of range: enter " + MeasureFormat.range(check));
            }
            return Reading.toDo("Choose " + answers(choice));
        }
        double value = option.get().valueOf(reading);
        if (reading > choice.max() || !check.effectiveRange().contains(value)) {
            return Reading.problem("Out of range: " + MeasureFormat.lowerFirst(option.get().label()) + ", enter "
                    + MeasureFormat.range(check, option.get()));
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
            return Reading.toDo("Required: choose one, or tick \u201cNot tested\u201d");
        }
        return Reading.ok(passed ? 1.0 : 0.0);
    }

    private static String explain(CheckDefinition check, NumberText.Problem problem) {
        String range = MeasureFormat.range(check);
        return switch (problem) {
            case NOT_FINITE -> "Not a measurement: enter a number, " + range;
            case EXPONENT -> "Write the number out in full, without \u201ce\u201d: enter " + range;
            case OTHER_UNIT -> "Enter the number only, in " + unitName(check.kind()) + ": " + range;
            case TOO_LONG -> "Too long: enter " + range;
            case NOT_A_NUMBER -> "Not a number: enter " + range;
        };
    }

    private static String tooPrecise(CheckDefinition check, BigDecimal typed) {
        int decimals = check.effectiveRange().decimals();
        String rounded = MeasureFormat.number(typed.setScale(decimals, RoundingMode.HALF_UP).doubleValue(), decimals);
        String precision = switch (decimals) {
            case 0 -> check.kind() == MeasureKind.DEGREES ? "whole degrees" : "whole numbers";
            case 1 -> "one decimal place";
            default -> decimals + " decimal places";
        };
        return "This check reads to " + precision + ": round " + typed.toPlainString() + " to " + rounded;
    }

    private static String answers(ReadingChoice choice) {
        return choice.options().stream().map(o -> "\u201c" + o.label() + "\u201d").collect(Collectors.joining(" or "));
    }

    private static Set<String> ownUnits(MeasureKind kind) {
        return switch (kind) {
            case DEGREES -> DEGREES;
            case CENTIMETRES -> CENTIMETRES;
            case RATING_0_10 -> POINTS;
            case PASS_FAIL -> Set.of();
        };
    }

    private static String unitName(MeasureKind kind) {
        return switch (kind) {
            case DEGREES -> "degrees";
            case CENTIMETRES -> "centimetres";
            case RATING_0_10 -> "points out of 10";
            case PASS_FAIL -> "";
        };
    }
}
