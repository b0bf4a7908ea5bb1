package com.bodymap.wizard;

import com.bodymap.model.Side;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.Threshold;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.TighterWhen;
import com.bodymap.model.check.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares left and right for each check and decides whether the gap counts. Arithmetic is done
 * in decimal, so 10.3 cm against 8.3 cm is a gap of exactly 2 cm, not 2.0000000000000018 cm that
 * would wrongly pass a "more than 2 cm" threshold.
 */
public final class AsymmetryAnalysis {
    private final PlanBuilder plans;

    public AsymmetryAnalysis(PlanBuilder plans) {
        this.plans = plans;
    }

    /** The whole report for a run; results for checks the catalogue no longer has are left out. */
    public ComparisonReport report(CheckCatalog catalog, ComparisonRun run) {
        List<CheckComparison> comparisons = new ArrayList<>();
        for (CheckResult r : run.results()) {
            catalog.check(r.checkId()).ifPresent(def -> comparisons.add(compare(def, r)));
        }
        return new ComparisonReport(comparisons, plans.build(comparisons));
    }

    public CheckComparison compare(CheckDefinition check, CheckResult result) {
        // A value that is not a number (NaN, Infinity, as a damaged file may hold) was never a
        // measurement: that side counts as not tested rather than breaking the report.
        Double left = finiteOrNull(result.left());
        Double right = finiteOrNull(result.right());
        if (left == null || right == null) {
            return new CheckComparison(check, left, right, null, null, Verdict.INCOMPLETE, null);
        }
        BigDecimal l = BigDecimal.valueOf(left);
        BigDecimal r = BigDecimal.valueOf(right);
        BigDecimal gap = l.subtract(r).abs();
        BigDecimal percent = percent(check, l, r, gap);
        Double difference = gap.doubleValue();
        Double percentValue = percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP).doubleValue();
        if (gap.signum() == 0) {
            return new CheckComparison(check, left, right, difference, percentValue, Verdict.EQUAL, null);
        }
        Side tighter = tighterSide(check.tighterWhen(), l, r);
        return new CheckComparison(check, left, right, difference, percentValue, verdict(check, gap, percent), tighter);
    }

    private static Double finiteOrNull(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }

    private static Verdict verdict(CheckDefinition check, BigDecimal gap, BigDecimal percent) {
        Threshold t = check.threshold();
        boolean passes;
        if (check.kind() == MeasureKind.PASS_FAIL) {
            passes = true; // a pass on one side and a fail on the other is the only gap there is
        } else {
            BigDecimal measured = t.scale() == ThresholdScale.PERCENT ? percent : gap;
            // No percentage (a value below zero, from a damaged file): nothing to judge, rather than an error.
            passes = measured != null && t.rule().passes(measured, BigDecimal.valueOf(t.value()));
        }
        if (!passes) {
            return Verdict.WITHIN_THRESHOLD;
        }
        return t.roughGuide() ? Verdict.ROUGH_GUIDE_GAP : Verdict.MEANINGFUL;
    }

    /** The gap as a percentage of the larger side; only where the scale has a true zero. */
    private static BigDecimal percent(CheckDefinition check, BigDecimal l, BigDecimal r, BigDecimal gap) {
        if (!check.percentApplies() || l.signum() < 0 || r.signum() < 0) {
            return null;
        }
        BigDecimal larger = l.max(r);
        if (larger.signum() == 0) {
            return null;
        }
        return gap.multiply(BigDecimal.valueOf(100)).divide(larger, 6, RoundingMode.HALF_UP);
    }

    private static Side tighterSide(TighterWhen when, BigDecimal l, BigDecimal r) {
        boolean leftSmaller = l.compareTo(r) < 0;
        return (when == TighterWhen.SMALLER) == leftSmaller ? Side.LEFT : Side.RIGHT;
    }
}
