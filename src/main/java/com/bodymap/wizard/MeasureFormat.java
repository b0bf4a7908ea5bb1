package com.bodymap.wizard;

import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.Threshold;
import com.bodymap.model.check.ThresholdRule;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.ValidRange;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How values, gaps and thresholds are written in the app: "-8°", "10.5 cm", "6/10", "12%". */
public final class MeasureFormat {

    private MeasureFormat() {
    }

    private static String number(double v) {
        // A new format each time: DecimalFormat is not thread-safe and this is cheap.
        DecimalFormat f = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String s = f.format(v);
        return s.equals("-0") ? "0" : s;
    }

    /** One side's reading, or "not tested". */
    public static String value(CheckDefinition check, Double value) {
        if (value == null) {
            return "not tested";
        }
        if (check.kind() == MeasureKind.PASS_FAIL) {
            return value >= 0.5 ? check.passLabel() : check.failLabel();
        }
        return number(value) + check.kind().suffix();
    }

    /** The absolute gap in the check's unit. */
    public static String difference(CheckDefinition check, Double difference) {
        if (difference == null) {
            return "\u2014";
        }
        return switch (check.kind()) {
            case PASS_FAIL -> difference == 0 ? "none" : "one side fails";
            case RATING_0_10 -> number(difference) + (difference == 1 ? " point" : " points");
            default -> number(difference) + check.kind().suffix();
        };
    }

    public static String percent(Double percent) {
        return percent == null ? "\u2014" : number(percent) + "%";
    }

    /** "-45 to 45°", "0 to 30 cm", "0 to 10". */
    public static String range(CheckDefinition check) {
        ValidRange r = check.effectiveRange();
        String unit = switch (check.kind()) {
            case DEGREES -> "°";
            case CENTIMETRES -> " cm";
            default -> "";
        };
        return number(r.min()) + " to " + number(r.max()) + unit;
    }

    /** "more than 2 cm", "15% or more", "any difference". */
    public static String threshold(CheckDefinition check) {
        Threshold t = check.threshold();
        if (check.kind() == MeasureKind.PASS_FAIL || t.value() == null) {
            return "a pass on one side and a fail on the other";
        }
        String amount = t.scale() == ThresholdScale.PERCENT ? number(t.value()) + "%"
                : difference(check, t.value());
        return t.rule() == ThresholdRule.EXCEEDS ? "more than " + amount : amount + " or more";
    }
}
