package com.bodymap.model.check;

import java.util.List;

/**
 * An area to release when a check shows an imbalance. {@code order} places it in the sequence:
 * the practitioner's order (hip flexors and quadriceps, adductors, outer thigh, hamstrings, TFL),
 * then steps the app adds after it ({@code appExtension}: calves, glutes, lats), which the plan
 * labels as the app's own. {@code techniques} are technique card ids; {@code caution} is an
 * optional warning.
 */
public record ReleaseStep(int order, String area, List<String> regions, List<String> techniques, String caution,
                          boolean appExtension) {

    public ReleaseStep {
        regions = regions == null ? List.of() : List.copyOf(regions);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
    }

    /** A step of the practitioner's own order. */
    public ReleaseStep(int order, String area, List<String> regions, List<String> techniques, String caution) {
        this(order, area, regions, techniques, caution, false);
    }
}
