package com.bodymap.wizard;

import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.ReadingChoice;
import com.bodymap.model.check.ReadingOption;
import com.bodymap.model.check.ValidRange;
import java.util.Optional;

/**
 * The numbers a check's readings may take: the precision it reads to, the answer ("below
 * horizontal") that gives a value, and the numbers that may be typed with each answer. The words
 * for them are the wording layer's (i18n.MeasureWording).
 */
public final class ReadingRange {

    private ReadingRange() {
    }

    /** How many decimal places the check reads to. */
    public static int decimals(CheckDefinition check) {
        ValidRange r = check.effectiveRange();
        return r == null ? 1 : r.decimals();
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

    /** The lowest and highest reading that, with {@code option}, keeps the value in the check's range. */
    public static double[] typed(CheckDefinition check, ReadingOption option) {
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

    /** The highest number that may be typed with any answer. */
    public static double typedMax(CheckDefinition check) {
        return check.reading().options().stream().mapToDouble(o -> typed(check, o)[1]).max().orElse(0);
    }
}
