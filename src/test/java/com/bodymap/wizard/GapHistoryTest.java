package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapHistoryTest {
    private final GapHistory history = new GapHistory(new AsymmetryAnalysis(new PlanBuilder()));

    private static ComparisonRun run(int day, CheckResult... results) {
        return new ComparisonRun("r" + day, LocalDateTime.of(2025, 3, day, 9, 0), List.of(results), "");
    }

    @Test
    void pointsAreInTimeOrderSignedByTheTighterSide() {
        List<GapHistory.Point> points = history.points(CheckFixtures.kneeToWall(), List.of(
                run(9, new CheckResult("knee-to-wall", 10.0, 7.0)),     // right tighter
                run(2, new CheckResult("knee-to-wall", 6.0, 10.0)),     // left tighter
                run(5, new CheckResult("knee-to-wall", 8.0, null)),     // incomplete: left out
                run(7, new CheckResult("other", 1.0, 2.0))));
        assertEquals(2, points.size());
        assertEquals(2, points.get(0).takenAt().getDayOfMonth());
        assertEquals(4.0, points.get(0).gap());
        assertEquals(-3.0, points.get(1).gap());
    }

    @Test
    void percentThresholdsArePlottedInPercent() {
        List<GapHistory.Point> points = history.points(CheckFixtures.straightLegRaise(),
                List.of(run(1, new CheckResult("straight-leg-raise", 80.0, 100.0))));
        assertEquals(20.0, points.get(0).gap());
        assertEquals("Gap (% of larger side)", new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.english()).axisLabel(CheckFixtures.straightLegRaise()));
        assertEquals("Gap (cm)", new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.english()).axisLabel(CheckFixtures.kneeToWall()));
    }

    @Test
    void passFailHasNoThresholdLine() {
        assertNull(GapHistory.thresholdLine(CheckFixtures.overheadReach()));
        assertEquals(2.0, GapHistory.thresholdLine(CheckFixtures.kneeToWall()));
        assertEquals(-1.0, history.points(CheckFixtures.overheadReach(),
                List.of(run(1, new CheckResult("overhead-reach", 1.0, 0.0)))).get(0).gap());
    }
}
