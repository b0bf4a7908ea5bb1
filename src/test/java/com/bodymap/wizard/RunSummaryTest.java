package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
    private final AsymmetryAnalysis analysis = new AsymmetryAnalysis(new PlanBuilder());
    private final CheckCatalog catalog = new CheckCatalog(List.of(), List.of(),
            List.of(CheckFixtures.kneeToWall(), CheckFixtures.proneKneeBend(), CheckFixtures.figureFour()));

    private ComparisonReport report(CheckResult... results) {
        return analysis.report(catalog, new ComparisonRun("r", LocalDateTime.of(2025, 1, 1, 8, 0), List.of(results), ""));
    }

    @Test
    void theBiggestGapIsMeasuredAgainstEachChecksOwnThreshold() {
        // 3 cm is 1.5 times its 2 cm threshold; 25 degrees is about 2.3 times its 11 degree threshold.
        ComparisonReport r = report(new CheckResult("knee-to-wall", 10.0, 7.0),
                new CheckResult("prone-knee-bend", 100.0, 125.0));
        assertEquals("Prone knee bend: 25°, left tighter", RunSummary.biggestGap(r));
        assertEquals("Knee-to-wall, Prone knee bend", RunSummary.checkNames(r));
    }

    @Test
    void roughGuidesSayWhatTheyAre() {
        assertEquals("Figure-4 stretch: 4 points, right tighter (rough guide)",
                RunSummary.biggestGap(report(new CheckResult("figure-four-feel", 2.0, 6.0))));
    }

    @Test
    void aConfirmedGapComesBeforeALargerPossibleOne() {
        // The figure-4 gap is 2 times its rough guide; the knee-to-wall gap is only 1.25 times its
        // measurement error, but it is the one known to be real.
        ComparisonReport r = report(new CheckResult("figure-four-feel", 2.0, 6.0),
                new CheckResult("knee-to-wall", 10.0, 7.5));
        assertEquals("Knee-to-wall: 2.5 cm, right tighter", RunSummary.biggestGap(r));
    }

    @Test
    void noImbalanceAndNothingCompared() {
        assertEquals("No imbalance", RunSummary.biggestGap(report(new CheckResult("knee-to-wall", 10.0, 9.0))));
        assertEquals("Nothing compared", RunSummary.biggestGap(report(new CheckResult("knee-to-wall", null, 9.0))));
    }
}
