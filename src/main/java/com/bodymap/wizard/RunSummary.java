package com.bodymap.wizard;

import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.Verdict;
import java.util.Comparator;
import java.util.Optional;

/** One-line summaries of a run for the history table. */
public final class RunSummary {

    private RunSummary() {
    }

    /**
     * The gap that stands out most: a confirmed gap (beyond the measurement error) before a possible
     * one (beyond a rough guide), then the largest against its own threshold, so centimetres and
     * degrees can be compared: "Knee-to-wall: 3 cm, left tighter". Gaps that do not count are not named.
     */
    public static String biggestGap(ComparisonReport report) {
        Optional<CheckComparison> top = report.comparisons().stream()
                .filter(c -> c.verdict().counts())
                .max(Comparator.comparing((CheckComparison c) -> c.verdict() == Verdict.MEANINGFUL)
                        .thenComparingDouble(RunSummary::sizeAgainstThreshold));
        if (top.isPresent()) {
            CheckComparison c = top.get();
            String gap = c.check().kind() == MeasureKind.PASS_FAIL ? "differs"
                    : c.check().threshold().scale() == ThresholdScale.PERCENT
                    ? MeasureFormat.percent(c.percentDifference())
                    : MeasureFormat.difference(c.check(), c.difference());
            String rough = c.verdict() == Verdict.ROUGH_GUIDE_GAP ? " (rough guide)" : "";
            return c.check().name() + ": " + gap + ", " + c.tighterSide().key() + " tighter" + rough;
        }
        boolean anyCompared = report.comparisons().stream().anyMatch(c -> c.verdict() != Verdict.INCOMPLETE);
        return anyCompared ? "No imbalance" : "Nothing compared";
    }

    /** The checks of a run by name: "Knee-to-wall, Butterfly". */
    public static String checkNames(ComparisonReport report) {
        return String.join(", ", report.comparisons().stream().map(c -> c.check().name()).toList());
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
