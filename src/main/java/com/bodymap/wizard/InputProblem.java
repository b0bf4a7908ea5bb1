package com.bodymap.wizard;

import com.bodymap.model.check.ReadingOption;
import java.math.BigDecimal;

/**
 * Why what was typed for one side cannot be used yet, as a value: the window words it, naming the
 * range to type. {@code option} is the answer chosen, for {@link Kind#OUT_OF_RANGE_WITH_ANSWER};
 * {@code typed} is the number typed, for {@link Kind#TOO_PRECISE}.
 */
public record InputProblem(Kind kind, ReadingOption option, BigDecimal typed) {

    public enum Kind {
        /** Nothing typed yet (a prompt, not an error). */
        REQUIRED_NUMBER,
        /** Neither pass nor fail chosen yet (a prompt). */
        REQUIRED_CHOICE,
        /** A number typed, its answer ("above" or "below") not chosen yet (a prompt). */
        CHOOSE_ANSWER,
        /** A sign typed where the answer gives the direction. */
        NO_SIGN,
        NEGATIVE,
        /** More decimal places than the check reads to. */
        TOO_PRECISE,
        OUT_OF_RANGE,
        /** Out of range with the answer chosen. */
        OUT_OF_RANGE_WITH_ANSWER,
        /** "NaN", "Infinity". */
        NOT_FINITE,
        /** "1e2". */
        EXPONENT,
        /** A unit other than the field's ("85 mm" in centimetres). */
        OTHER_UNIT,
        TOO_LONG,
        NOT_A_NUMBER
    }

    public static InputProblem of(Kind kind) {
        return new InputProblem(kind, null, null);
    }
}
