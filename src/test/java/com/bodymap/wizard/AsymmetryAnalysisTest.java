package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Side;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.model.check.Verdict;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsymmetryAnalysisTest {
    private final AsymmetryAnalysis analysis = new AsymmetryAnalysis(new PlanBuilder());

    private CheckComparison kneeToWall(Double left, Double right) {
        return analysis.compare(CheckFixtures.kneeToWall(), new CheckResult("knee-to-wall", left, right));
    }

    @Test
    void aGapBeyondTheMeasurementErrorIsMeaningfulAndNamesTheTighterSide() {
        CheckComparison c = kneeToWall(10.0, 7.0);
        assertEquals(3.0, c.difference());
        assertEquals(30.0, c.percentDifference());
        assertEquals(Verdict.MEANINGFUL, c.verdict());
        // A smaller knee-to-wall distance is the tighter calf.
        assertEquals(Side.RIGHT, c.tighterSide());
    }

    @Test
    void equalSidesHaveNoTighterSide() {
        CheckComparison c = kneeToWall(9.5, 9.5);
        assertEquals(Verdict.EQUAL, c.verdict());
        assertEquals(0.0, c.difference());
        assertNull(c.tighterSide());
    }

    @Test
    void aMissingSideGivesNoVerdict() {
        CheckComparison c = kneeToWall(9.5, null);
        assertEquals(Verdict.INCOMPLETE, c.verdict());
        assertNull(c.difference());
        assertNull(c.percentDifference());
        assertNull(c.tighterSide());
        assertEquals(Side.RIGHT, c.missingSide());
        assertEquals(Side.MIDLINE, kneeToWall(null, null).missingSide());
    }

    @Test
    void aGapExactlyAtTheMeasurementErrorDoesNotCount() {
        // 10.3 - 8.3 is 2.0000000000000018 in binary floating point; in decimal it is exactly 2.
        CheckComparison c = kneeToWall(10.3, 8.3);
        assertEquals(2.0, c.difference());
        assertEquals(Verdict.WITHIN_THRESHOLD, c.verdict());
        assertEquals(Side.RIGHT, c.tighterSide(), "the side is still named, even when the gap does not count");
    }

    @Test
    void theSmallestGapAboveTheMeasurementErrorCounts() {
        assertEquals(Verdict.MEANINGFUL, kneeToWall(10.4, 8.3).verdict());
    }

    @Test
    void aPercentCutOffStatedAsOrMoreCountsWhenExactlyMet() {
        CheckComparison exactly = analysis.compare(CheckFixtures.straightLegRaise(),
                new CheckResult("straight-leg-raise", 85.0, 100.0));
        assertEquals(15.0, exactly.percentDifference());
        assertEquals(Verdict.ROUGH_GUIDE_GAP, exactly.verdict());
        assertEquals(Side.LEFT, exactly.tighterSide());

        CheckComparison below = analysis.compare(CheckFixtures.straightLegRaise(),
                new CheckResult("straight-leg-raise", 86.0, 100.0));
        assertEquals(Verdict.WITHIN_THRESHOLD, below.verdict());
    }

    @Test
    void aLargerThomasAngleIsTheTighterSideAndHasNoPercentage() {
        CheckComparison c = analysis.compare(CheckFixtures.thomas(), new CheckResult("modified-thomas", -12.0, -2.0));
        assertEquals(10.0, c.difference());
        assertNull(c.percentDifference(), "a percentage of an angle around zero means nothing");
        assertEquals(Side.RIGHT, c.tighterSide());
        assertEquals(Verdict.ROUGH_GUIDE_GAP, c.verdict());
    }

    @Test
    void aPassAndAFailDifferAndTheFailIsTighter() {
        CheckComparison c = analysis.compare(CheckFixtures.overheadReach(), new CheckResult("overhead-reach", 1.0, 0.0));
        assertEquals(Verdict.ROUGH_GUIDE_GAP, c.verdict());
        assertEquals(Side.RIGHT, c.tighterSide());
        assertNull(c.percentDifference());

        assertEquals(Verdict.EQUAL, analysis.compare(CheckFixtures.overheadReach(),
                new CheckResult("overhead-reach", 0.0, 0.0)).verdict());
    }

    @Test
    void aZeroOnOneSideIsAHundredPercentGap() {
        CheckComparison c = kneeToWall(0.0, 4.0);
        assertEquals(100.0, c.percentDifference());
        assertEquals(Side.LEFT, c.tighterSide());
    }

    @Test
    void theReportSkipsChecksTheCatalogueNoLongerHasAndBuildsThePlan() {
        CheckCatalog catalog = new CheckCatalog(List.of(), List.of(), List.of(CheckFixtures.kneeToWall()));
        ComparisonRun run = new ComparisonRun("r1", LocalDateTime.of(2025, 3, 1, 9, 0), List.of(
                new CheckResult("retired-check", 1.0, 2.0),
                new CheckResult("knee-to-wall", 6.0, 11.0)), "");
        ComparisonReport report = analysis.report(catalog, run);
        assertEquals(1, report.comparisons().size());
        assertEquals(1, report.plan().steps().size());
        assertEquals(Side.LEFT, report.plan().steps().get(0).tighterSide());
        assertEquals(com.bodymap.model.check.Plan.Closing.RETEST, report.plan().closing());
    }

    @Test
    void nanOrInfinityFromADamagedFileIsNoMeasurementAndNeverThrows() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            CheckComparison c = kneeToWall(bad, 4.0);
            assertEquals(Verdict.INCOMPLETE, c.verdict());
            assertEquals(Side.LEFT, c.missingSide());
        }
        CheckCatalog catalog = new CheckCatalog(List.of(), List.of(), List.of(CheckFixtures.kneeToWall(),
                CheckFixtures.straightLegRaise()));
        ComparisonReport report = analysis.report(catalog, new ComparisonRun("r", LocalDateTime.of(2025, 3, 1, 9, 0),
                List.of(new CheckResult("knee-to-wall", Double.NaN, Double.POSITIVE_INFINITY),
                        new CheckResult("straight-leg-raise", -5.0, 60.0)), ""));
        assertEquals(Verdict.INCOMPLETE, report.comparisons().get(0).verdict());
        assertEquals(Verdict.WITHIN_THRESHOLD, report.comparisons().get(1).verdict(),
                "a percentage threshold with no percentage to judge is not an error");
    }

    @Test
    void aRetiredCheckStillReadsInAnOldRun() {
        CheckCatalog catalog = new CheckCatalog(List.of(), List.of(),
                List.of(CheckFixtures.retired(CheckFixtures.figureFour()), CheckFixtures.faber()));
        assertEquals(List.of("figure-four"), catalog.offered().stream().map(c -> c.id()).toList());
        ComparisonReport report = analysis.report(catalog, new ComparisonRun("old", LocalDateTime.of(2024, 3, 1, 9, 0),
                List.of(new CheckResult("figure-four-feel", 2.0, 6.0)), ""));
        assertEquals(Verdict.ROUGH_GUIDE_GAP, report.comparisons().get(0).verdict());
        assertEquals(Side.RIGHT, report.plan().steps().get(0).tighterSide());
    }

    @Test
    void aStepTheAppAddedSaysSo() {
        CheckCatalog catalog = new CheckCatalog(List.of(), List.of(), List.of(CheckFixtures.faber()));
        ComparisonReport report = analysis.report(catalog, new ComparisonRun("r", LocalDateTime.of(2025, 3, 1, 9, 0),
                List.of(new CheckResult("figure-four", 10.0, 15.0)), ""));
        assertTrue(report.plan().steps().get(0).appExtension());
    }
}
