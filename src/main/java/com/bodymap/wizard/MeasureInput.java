package com.bodymap.wizard;

import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ReadingChoice;
import com.bodymap.model.check.ReadingOption;
import com.bodymap.model.check.ValidRange;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what the user typed for one side: every character they typed counts, nothing is dropped
 * or guessed. A value the check cannot use gets a problem the window words, saying what to type
 * instead and naming the range; the page cannot be left until it is fixed or the side is marked
 * "not tested".
 */
public final class MeasureInput {

    /**
     * The outcome of reading a field: a value, or the problem (when {@code incomplete}, only what is
     * still to do, such as choosing above or below horizontal).
     */
    public record Reading(Double value, InputProblem problem, boolean incomplete) {
        public boolean valid() {
            return problem == null;
        }

        static Reading ok(Double value) {
            return new Reading(value, null, false);
        }

        static Reading problem(InputProblem.Kind kind) {
            return new Reading(null, InputProblem.of(kind), false);
        }

        static Reading problem(InputProblem problem) {
            return new Reading(null, problem, false);
        }

        static Reading toDo(InputProblem.Kind kind) {
            return new Reading(null, InputProblem.of(kind), true);
        }
    }

    // The units a field accepts after the number, in the languages Body Map speaks.
    private static final Set<String> DEGREES = Set.of("\u00B0", "\u00BA", "\u02DA", "deg", "deg.", "degs", "degree", "degrees",
            "grad", "grad.");
    private static final Set<String> CENTIMETRES = Set.of("cm", "cm.", "cms", "centimetre", "centimetres",
            "centimeter", "centimeters", "zentimeter");
    private static final Set<String> POINTS = Set.of("/10", "/ 10", "out of 10", "point", "points", "von 10",
            "punkt", "punkte");

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
            return Reading.toDo(InputProblem.Kind.REQUIRED_NUMBER);
        }
        NumberText.Parsed typed = NumberText.parse(text, ownUnits(check.kind()));
        if (!typed.ok()) {
            return Reading.problem(kindOf(typed.problem()));
        }
        ReadingChoice choice = check.reading();
        ValidRange range = check.effectiveRange();
        if (choice != null && typed.sign() != ' ') {
            return Reading.problem(InputProblem.Kind.NO_SIGN);
        }
        if (typed.negative() && !range.allowsNegative()) {
            return Reading.problem(InputProblem.Kind.NEGATIVE);
        }
        if (typed.decimals() > range.decimals()) {
            return Reading.problem(new InputProblem(InputProblem.Kind.TOO_PRECISE, null, typed.value()));
        }
        double number = typed.value().doubleValue();
        if (choice == null) {
            return range.contains(number) ? Reading.ok(number) : Reading.problem(InputProblem.Kind.OUT_OF_RANGE);
        }
        return readWithChoice(check, choice, number, optionId);
    }

    private static Reading readWithChoice(CheckDefinition check, ReadingChoice choice, double reading, String optionId) {
        Optional<ReadingOption> option = optionId == null ? Optional.empty() : choice.option(optionId);
        if (option.isEmpty()) {
            if (choice.needsNoAnswer(reading) && reading <= choice.max()) {
                double value = choice.options().get(0).valueOf(reading);
                return check.effectiveRange().contains(value) ? Reading.ok(value)
                        : Reading.problem(InputProblem.Kind.OUT_OF_RANGE);
            }
            return Reading.toDo(InputProblem.Kind.CHOOSE_ANSWER);
        }
        double value = option.get().valueOf(reading);
        if (reading > choice.max() || !check.effectiveRange().contains(value)) {
            return Reading.problem(new InputProblem(InputProblem.Kind.OUT_OF_RANGE_WITH_ANSWER, option.get(), null));
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
            return Reading.toDo(InputProblem.Kind.REQUIRED_CHOICE);
        }
        return Reading.ok(passed ? 1.0 : 0.0);
    }

    private static InputProblem.Kind kindOf(NumberText.Problem problem) {
        return switch (problem) {
            case NOT_FINITE -> InputProblem.Kind.NOT_FINITE;
            case EXPONENT -> InputProblem.Kind.EXPONENT;
            case OTHER_UNIT -> InputProblem.Kind.OTHER_UNIT;
            case TOO_LONG -> InputProblem.Kind.TOO_LONG;
            case NOT_A_NUMBER -> InputProblem.Kind.NOT_A_NUMBER;
        };
    }

    private static Set<String> ownUnits(MeasureKind kind) {
        return switch (kind) {
            case DEGREES -> DEGREES;
            case CENTIMETRES -> CENTIMETRES;
            case RATING_0_10 -> POINTS;
            case PASS_FAIL -> Set.of();
        };
    }
}
