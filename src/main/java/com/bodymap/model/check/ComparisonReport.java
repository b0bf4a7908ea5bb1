package com.bodymap.model.check;

import java.util.List;

/** Everything the result page shows for one run: a comparison per check and the plan. */
public record ComparisonReport(List<CheckComparison> comparisons, Plan plan) {

    public ComparisonReport {
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
    }
}
