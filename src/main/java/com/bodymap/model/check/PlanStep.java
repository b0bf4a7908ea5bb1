package com.bodymap.model.check;

import com.bodymap.model.Side;
import java.util.List;

/**
 * One area to release, tighter side first; {@code regions} are the region ids it works on. {@code roughGuide} says the gap behind it was judged
 * against a rough guide rather than a published measurement error.
 */
public record PlanStep(
        int order,
        String area,
        List<String> regions,
        Side tighterSide,
        List<String> techniques,
        String checkId,
        boolean roughGuide,
        String caution) {

    public PlanStep {
        regions = regions == null ? List.of() : List.copyOf(regions);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
    }
}
