package com.bodymap.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics over a list of measurements. */
record Stats(double[] sorted) {

    static Stats of(List<? extends Number> values) {
        return new Stats(values.stream().mapToDouble(Number::doubleValue).sorted().toArray());
    }

    int count() {
        return sorted.length;
    }

    boolean isEmpty() {
        return sorted.length == 0;
    }

    double min() {
        return sorted[0];
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    double median() {
        return percentile(50);
    }

    /** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double fractionAbove(double limit) {
        return Arrays.stream(sorted).filter(v -> v > limit).count() / (double) sorted.length;
    }
}
