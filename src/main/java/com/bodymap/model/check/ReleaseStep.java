package com.bodymap.model.check;

import java.util.List;

/**
 * An area to release when a check shows an imbalance. {@code order} places it in the sources'
 * sequence (hip flexors and quadriceps first, then adductors, outer thigh, hamstrings, TFL; lats
 * after). {@code techniques} are technique card ids; {@code caution} is an optional warning.
 */
public record ReleaseStep(int order, String area, List<String> regions, List<String> techniques, String caution) {

    public ReleaseStep {
        regions = regions == null ? List.of() : List.copyOf(regions);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
    }
}
