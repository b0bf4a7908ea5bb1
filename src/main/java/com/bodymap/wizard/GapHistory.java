package com.bodymap.wizard;

import com.bodymap.model.Side;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.Verdict;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One check's left/right gap over time, for the history chart. The gap is signed so one line shows
 * both size and side: above zero the left side was tighter, below zero the right. It is in the
 * unit the threshold uses (a percentage for percent thresholds), so the threshold can be drawn as
 * a band around zero.
 */
public final class GapHistory {

    public record Point(LocalDateTime takenAt, double gap) {
    }

    private final AsymmetryAnalysis analysis;

    public GapHistory(AsymmetryAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Runs in time order; runs without both sides of this check are left out. */
    public List<Point> points(CheckDefinition check, List<ComparisonRun> runs) {
        List<Point> points = new ArrayList<>();
        runs.stream().sorted(Comparator.comparing(ComparisonRun::takenAt)).forEach(run -> {
            for (CheckResult r : run.results()) {
                if (!r.checkId().equals(check.id())) {
                    continue;
                }
                CheckComparison c = analysis.compare(check, r);
                if (c.verdict() == Verdict.INCOMPLETE) {
                    continue;
                }
                points.add(new Point(run.takenAt(), signed(check, c)));
            }
        });
        return points;
    }

    private static double signed(CheckDefinition check, CheckComparison c) {
        if (c.tighterSide() == null) {
            return 0;
        }
        double size = check.kind() == MeasureKind.PASS_FAIL ? 1
                : check.threshold().scale() == ThresholdScale.PERCENT && c.percentDifference() != null
                ? c.percentDifference() : c.difference();
        return c.tighterSide() == Side.LEFT ? size : -size;
    }

    /** The threshold in the chart's unit, or null where there is no number to draw. */
    public static Double thresholdLine(CheckDefinition check) {
        return check.kind() == MeasureKind.PASS_FAIL ? null : check.threshold().value();
    }
}
