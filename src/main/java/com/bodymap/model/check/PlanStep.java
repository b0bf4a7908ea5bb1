package com.bodymap.model.check;

import com.bodymap.model.Side;
import java.util.List;

/**
 * One area to release, tighter side first; {@code regions} are the region ids it works on.
 * {@code roughGuide} says the gap behind it was judged against something other than a published
 * measurement error; {@code appExtension} says the step is the app's addition to the
 * practitioner's order, not part of it.
 */
public record PlanStep(
        int order,
        String area,
        List<String> regions,
        Side tighterSide,
        List<String> techniques,
        String checkId,
        boolean roughGuide,
        String caution,
        boolean appExtension) {

    public PlanStep {
        regions = regions == null ? List.of() : List.copyOf(regions);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
    }

    public PlanStep(int order, String area, List<String> regions, Side tighterSide, List<String> techniques,
                    String checkId, boolean roughGuide, String caution) {
        this(order, area, regions, tighterSide, techniques, checkId, roughGuide, caution, false);
    }
}
