package com.bodymap.model.check;

import java.util.List;

/**
 * When a left/right gap counts. {@code value} is in the check's unit (or a percentage when
 * {@code scale} is PERCENT); pass/fail checks leave it out, as any difference between a pass and a
 * fail counts. {@code basis} says what the figure rests on; {@code explanation} is shown with the
 * result, in the app's own words.
 */
public record Threshold(
        Double value,
        ThresholdScale scale,
        ThresholdRule rule,
        ThresholdBasis basis,
        List<String> sources,
        String explanation) {

    public Threshold {
        scale = scale == null ? ThresholdScale.ABSOLUTE : scale;
        rule = rule == null ? ThresholdRule.EXCEEDS : rule;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** True unless the figure is a published measurement error: a gap past it is "possibly" real, not "yes". */
    public boolean roughGuide() {
        return basis != ThresholdBasis.MEASUREMENT_ERROR;
    }
}
