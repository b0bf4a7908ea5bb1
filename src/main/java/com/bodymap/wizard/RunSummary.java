package com.bodymap.wizard;

import java.util.List;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.Verdict;
import java.util.Comparator;
import java.util.Optional;

/** What stands out in a run, for the history table's one-line summary (worded by the window). */
public final class RunSummary {

    private RunSummary() {
    }

    /**
     * The gap that stands out most: a confirmed gap (beyond the measurement error) before a possible
     * one (beyond a rough guide), then the largest against its own threshold, so centimetres and
     * degrees can be compared ("Knee-to-wall: 3 cm, left tighter"). Gaps that do not count are not
     * named: empty when none counts.
     */
    public static Optional<CheckComparison> biggestGap(ComparisonReport report) {
        return report.comparisons().stream()
                .filter(c -> c.verdict().counts())
                .max(Comparator.comparing((CheckComparison c) -> c.verdict() == Verdict.MEANINGFUL)
                        .thenComparingDouble(RunSummary::sizeAgainstThreshold));
    }

    /** Whether any check of the run had both sides measured ("no imbalance" rather than "nothing compared"). */
    public static boolean anyCompared(ComparisonReport report) {
        return report.comparisons().stream().anyMatch(c -> c.verdict() != Verdict.INCOMPLETE);
    }

    /** The checks of a run by name, in order. */
    public static List<String> checkNames(ComparisonReport report) {
        return report.comparisons().stream().map(c -> c.check().name()).toList();
    }

    private static double sizeAgainstThreshold(CheckComparison c) {
        Double threshold = c.check().threshold().value();
        if (c.check().kind() == MeasureKind.PASS_FAIL || threshold == null || threshold == 0) {
            return 1;
        }
        double gap = c.check().threshold().scale() == ThresholdScale.PERCENT ? c.percentDifference() : c.difference();
        return gap / threshold;
    }
}
