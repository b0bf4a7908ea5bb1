package com.bodymap.i18n;

import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ReadingChoice;
import com.bodymap.model.check.ReadingOption;
import com.bodymap.model.check.Threshold;
import com.bodymap.model.check.ThresholdRule;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.ValidRange;
import com.bodymap.wizard.InputProblem;
import com.bodymap.wizard.ReadingRange;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.Optional;

/**
 * How values, gaps, thresholds and input problems are written, in the language of {@code messages}:
 * "10° below horizontal", "10.5 cm" ("10,5 cm" in German), "6/10", "12%". Values are shown to the
 * precision the check reads to (whole degrees, tenths of a centimetre), and a threshold with the
 * precision its source gives ("more than 6.9°"). Names of checks, answers and pass/fail labels are
 * the content's own.
 */
public final class MeasureWording {
    private final Messages messages;
    private final ModelWording words;

    public MeasureWording(Messages messages) {
        this.messages = messages;
        this.words = new ModelWording(messages);
    }

    public Messages messages() {
        return messages;
    }

    public String number(double v, int decimals) {
        return messages.number(v, decimals);
    }

    /** A number with the check's unit: "12°", "8.5 cm", "6/10". */
    public String withUnit(MeasureKind kind, String number) {
        return messages.text("measure.value." + kind.key(), number);
    }

    /** One side's reading, or "not tested". */
    public String value(CheckDefinition check, Double value) {
        if (value == null) {
            return messages.text("measure.notTested");
        }
        if (check.kind() == MeasureKind.PASS_FAIL) {
            return value >= 0.5 ? check.passLabel() : check.failLabel();
        }
        if (check.reading() != null) {
            return reading(check, value);
        }
        return withUnit(check.kind(), number(value, ReadingRange.decimals(check)));
    }

    /** "10° below horizontal": the number as typed and the answer chosen with it. */
    private String reading(CheckDefinition check, double value) {
        ReadingChoice choice = check.reading();
        Optional<ReadingOption> option = ReadingRange.optionFor(choice, value);
        if (option.isEmpty()) {
            return withUnit(check.kind(), number(value, ReadingRange.decimals(check)));
        }
        double typed = option.get().readingOf(value);
        String shown = withUnit(check.kind(), number(typed, ReadingRange.decimals(check)));
        return choice.needsNoAnswer(typed) ? shown : messages.text("measure.withAnswer", shown, words.inSentence(option.get().label()));
    }

    /** The absolute gap in the check's unit. */
    public String difference(CheckDefinition check, Double difference) {
        if (difference == null) {
            return messages.text("common.dash");
        }
        return switch (check.kind()) {
            case PASS_FAIL -> messages.text(difference == 0 ? "measure.gap.none" : "measure.gap.oneFails");
            case RATING_0_10 -> points(difference, 1);
            default -> withUnit(check.kind(), number(difference, ReadingRange.decimals(check)));
        };
    }

    private String points(double value, int decimals) {
        return messages.text("measure.points", value, number(value, decimals));
    }

    public String percent(Double percent) {
        return percent == null ? messages.text("common.dash") : messages.text("measure.percent", number(percent, 1));
    }

    /** What to type: "0 to 30 cm", "0 to 10"; for a reading with an answer, the number part ("0 to 60°"). */
    public String range(CheckDefinition check) {
        if (check.reading() != null) {
            return messages.text("measure.range", number(0, 0), unit(check, number(ReadingRange.typedMax(check), 0)));
        }
        ValidRange r = check.effectiveRange();
        return messages.text("measure.range", number(r.min(), r.decimals()), unit(check, number(r.max(), r.decimals())));
    }

    /** The numbers that may be typed with one answer: "0 to 60°" below horizontal. */
    public String range(CheckDefinition check, ReadingOption option) {
        double[] t = ReadingRange.typed(check, option);
        return messages.text("measure.range", number(t[0], 0), unit(check, number(t[1], 0)));
    }

    /** A number with the unit typed after it in a field: degrees and centimetres, none for points. */
    private String unit(CheckDefinition check, String number) {
        return check.kind() == MeasureKind.DEGREES || check.kind() == MeasureKind.CENTIMETRES
                ? withUnit(check.kind(), number) : number;
    }

    /** "more than 2 cm", "15% or more", "a pass on one side and a fail on the other". */
    public String threshold(CheckDefinition check) {
        Threshold t = check.threshold();
        if (check.kind() == MeasureKind.PASS_FAIL || t.value() == null) {
            return messages.text("measure.threshold.passFail");
        }
        // The threshold keeps the precision of its source (6.9°), which may be finer than the readings.
        String amount = t.scale() == ThresholdScale.PERCENT ? messages.text("measure.percent", number(t.value(), 2))
                : check.kind() == MeasureKind.RATING_0_10 ? points(t.value(), 2)
                : withUnit(check.kind(), number(t.value(), 2));
        return messages.text(t.rule() == ThresholdRule.EXCEEDS ? "measure.threshold.exceeds" : "measure.threshold.atLeast", amount);
    }

    /** The unit beside a field: "degrees", "cm", "out of 10". */
    public String fieldUnit(MeasureKind kind) {
        return kind == MeasureKind.PASS_FAIL ? "" : messages.text("measure.fieldUnit." + kind.key());
    }

    /** The unit in full, for "enter the number only, in centimetres". */
    public String unitName(MeasureKind kind) {
        return kind == MeasureKind.PASS_FAIL ? "" : messages.text("measure.unitName." + kind.key());
    }

    /** What to type instead, or what is still to do, for a side's input problem. */
    public String problem(CheckDefinition check, InputProblem p) {
        String range = range(check);
        return switch (p.kind()) {
            case REQUIRED_NUMBER -> messages.text("input.required", range);
            case REQUIRED_CHOICE -> messages.text("input.requiredChoice");
            case CHOOSE_ANSWER -> messages.text("input.chooseAnswer", answers(check.reading()));
            case NO_SIGN -> messages.text("input.noSign", answers(check.reading()));
            case NEGATIVE -> messages.text("input.negative", range);
            case TOO_PRECISE -> tooPrecise(check, p);
            case OUT_OF_RANGE -> messages.text("input.outOfRange", range);
            case OUT_OF_RANGE_WITH_ANSWER -> messages.text("input.outOfRangeWithAnswer",
                    words.inSentence(p.option().label()), range(check, p.option()));
            case NOT_FINITE -> messages.text("input.notFinite", range);
            case EXPONENT -> messages.text("input.exponent", range);
            case OTHER_UNIT -> messages.text("input.otherUnit", unitName(check.kind()), range);
            case TOO_LONG -> messages.text("input.tooLong", range);
            case NOT_A_NUMBER -> messages.text("input.notANumber", range);
        };
    }

    private String tooPrecise(CheckDefinition check, InputProblem p) {
        int decimals = check.effectiveRange().decimals();
        String rounded = number(p.typed().setScale(decimals, RoundingMode.HALF_UP).doubleValue(), decimals);
        String precision = decimals == 0
                ? messages.text(check.kind() == MeasureKind.DEGREES ? "input.precision.wholeDegrees" : "input.precision.wholeNumbers")
                : messages.text("input.precision.decimals", decimals);
        // The number as typed, in the language's manner: "4,5" stays "4,5" in German.
        String typed = p.typed().toPlainString()
                .replace('.', DecimalFormatSymbols.getInstance(messages.locale()).getDecimalSeparator());
        return messages.text("input.tooPrecise", precision, typed, rounded);
    }

    /** The answers in quotes, joined: "“Above horizontal” or “Below horizontal”". */
    private String answers(ReadingChoice choice) {
        return String.join(messages.text("input.answers.or"),
                choice.options().stream().map(o -> messages.text("input.answer", o.label())).toList());
    }

    /** The history chart's axis title, short enough to fit along it: "Gap (cm)". */
    public String axisLabel(CheckDefinition check) {
        String unit = switch (check.kind()) {
            case PASS_FAIL -> messages.text("measure.axis.passFail");
            case RATING_0_10 -> messages.text("measure.axis.points");
            default -> check.threshold().scale() == ThresholdScale.PERCENT ? messages.text("measure.axis.percent")
                    : messages.text("measure.axis." + check.kind().key());
        };
        return messages.text("measure.axis", unit);
    }
}
