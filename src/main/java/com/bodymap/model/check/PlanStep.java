package com.bodymap.model.check;

import com.bodymap.model.Side;
import java.util.List;

/**
 * One area to release, tighter side first. {@code roughGuide} says the gap behind it was judged
 * against a rough guide rather than a published measurement error.
 */
public record PlanStep(
        int order,
        String area,
        Side tighterSide,
        List<String> techniques,
        String checkId,
        boolean roughGuide,
        String caution) {

    public PlanStep {
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
    }
}
