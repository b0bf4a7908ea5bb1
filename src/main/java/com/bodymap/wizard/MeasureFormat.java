package com.bodymap.wizard;

import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ReadingChoice;
import com.bodymap.model.check.ReadingOption;
import com.bodymap.model.check.Threshold;
import com.bodymap.model.check.ThresholdRule;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.ValidRange;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * How values, gaps and thresholds are written in the app: "10° below horizontal", "10.5 cm",
 * "6/10", "12%". Values are shown to the precision the check reads to (whole degrees, tenths of a
 * centimetre), and a threshold with the precision its source gives ("more than 6.9°").
 */
public final class MeasureFormat {

    private MeasureFormat() {
    }

    static String number(double v, int decimals) {
        // A new format each time: DecimalFormat is not thread-safe and this is cheap.
        DecimalFormat f = new DecimalFormat(decimals <= 0 ? "0" : "0." + "#".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        String s = f.format(v);
        return s.equals("-0") ? "0" : s;
    }

    private static int decimals(CheckDefinition check) {
        ValidRange r = check.effectiveRange();
        return r == null ? 1 : r.decimals();
    }

    /** One side's reading, or "not tested". */
    public static String value(CheckDefinition check, Double value) {
        if (value == null) {
            return "not tested";
        }
        if (check.kind() == MeasureKind.PASS_FAIL) {
            return value >= 0.5 ? check.passLabel() : check.failLabel();
        }
        if (check.reading() != null) {
            return reading(check, value);
        }
        return number(value, decimals(check)) + check.kind().suffix();
    }

    /** "10° below horizontal": the number as typed and the answer chosen with it. */
    private static String reading(CheckDefinition check, double value) {
        ReadingChoice choice = check.reading();
        Optional<ReadingOption> option = optionFor(choice, value);
        if (option.isEmpty()) {
            return number(value, decimals(check)) + check.kind().suffix();
        }
        double typed = option.get().readingOf(value);
        String shown = number(typed, decimals(check)) + check.kind().suffix();
        return choice.needsNoAnswer(typed) ? shown : shown + " " + lowerFirst(option.get().label());
    }

    /** The answer that gives {@code value} from a reading the instrument can show, preferring a non-zero reading. */
    public static Optional<ReadingOption> optionFor(ReadingChoice choice, double value) {
        ReadingOption zero = null;
        for (ReadingOption o : choice.options()) {
            double typed = o.readingOf(value);
            if (typed > 0 && typed <= choice.max()) {
                return Optional.of(o);
            }
            if (typed == 0 && zero == null) {
                zero = o;
            }
        }
        return Optional.ofNullable(zero);
    }

    /** The absolute gap in the check's unit. */
    public static String difference(CheckDefinition check, Double difference) {
        if (difference == null) {
            return "\u2014";
        }
        return switch (check.kind()) {
            case PASS_FAIL -> difference == 0 ? "none" : "one side fails";
            case RATING_0_10 -> number(difference, 1) + (difference == 1 ? " point" : " points");
            default -> number(difference, decimals(check)) + check.kind().suffix();
        };
    }

    public static String percent(Double percent) {
        return percent == null ? "\u2014" : number(percent, 1) + "%";
    }

    /** What to type: "0 to 30 cm", "0 to 10"; for a reading with an answer, the number part ("0 to 60°"). */
    public static String range(CheckDefinition check) {
        ValidRange r = check.effectiveRange();
        if (check.reading() != null) {
            double hi = check.reading().options().stream().mapToDouble(o -> typedRange(check, o)[1]).max().orElse(0);
            return "0 to " + number(hi, 0) + unit(check);
        }
        return number(r.min(), r.decimals()) + " to " + number(r.max(), r.decimals()) + unit(check);
    }

    /** The numbers that may be typed with one answer: "0 to 60°" below horizontal. */
    public static String range(CheckDefinition check, ReadingOption option) {
        double[] t = typedRange(check, option);
        return number(t[0], 0) + " to " + number(t[1], 0) + unit(check);
    }

    /** The lowest and highest reading that, with {@code option}, keeps the value in the check's range. */
    static double[] typedRange(CheckDefinition check, ReadingOption option) {
        ValidRange r = check.effectiveRange();
        double max = check.reading().max();
        double lo;
        double hi;
        if (option.sign() > 0) {
            lo = r.min() - option.offset();
            hi = r.max() - option.offset();
        } else {
            lo = option.offset() - r.max();
            hi = option.offset() - r.min();
        }
        return new double[] {Math.max(0, lo), Math.min(max, hi)};
    }

    private static String unit(CheckDefinition check) {
        return switch (check.kind()) {
            case DEGREES -> "°";
            case CENTIMETRES -> " cm";
            default -> "";
        };
    }

    /** "more than 2 cm", "15% or more", "a pass on one side and a fail on the other". */
    public static String threshold(CheckDefinition check) {
        Threshold t = check.threshold();
        if (check.kind() == MeasureKind.PASS_FAIL || t.value() == null) {
            return "a pass on one side and a fail on the other";
        }
        // The threshold keeps the precision of its source (6.9°), which may be finer than the readings.
        String amount = t.scale() == ThresholdScale.PERCENT ? number(t.value(), 2) + "%"
                : number(t.value(), 2) + (check.kind() == MeasureKind.RATING_0_10
                ? (t.value() == 1 ? " point" : " points") : check.kind().suffix());
        return t.rule() == ThresholdRule.EXCEEDS ? "more than " + amount : amount + " or more";
    }

    static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
