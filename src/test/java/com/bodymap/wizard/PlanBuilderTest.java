package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Side;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.Plan;
import com.bodymap.model.check.PlanStep;
import com.bodymap.model.check.ReleaseStep;
import com.bodymap.model.check.Threshold;
import com.bodymap.model.check.ThresholdBasis;
import com.bodymap.model.check.ThresholdRule;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.TighterWhen;
import com.bodymap.model.check.ValidRange;
import com.bodymap.model.check.MeasureKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {
    private final AsymmetryAnalysis analysis = new AsymmetryAnalysis(new PlanBuilder());
    private final PlanBuilder plans = new PlanBuilder();

    private CheckComparison compare(CheckDefinition def, double left, double right) {
        return analysis.compare(def, new CheckResult(def.id(), left, right));
    }

    @Test
    void areasComeInTheSourcesOrderWhateverOrderTheChecksWereDone() {
        Plan plan = plans.build(List.of(
                compare(CheckFixtures.overheadReach(), 0, 1),
                compare(CheckFixtures.straightLegRaise(), 60, 80),
                compare(CheckFixtures.ober(), -10, -25),
                compare(CheckFixtures.proneKneeBend(), 115, 130),
                compare(CheckFixtures.thomas(), 5, -10)));
        assertEquals(List.of("Hip flexors", "Quadriceps", "Outer thigh", "Hamstrings", "TFL", "Lats"),
                plan.steps().stream().map(PlanStep::area).toList());
    }

    @Test
    void eachStepStartsOnTheTighterSideWithItsCards() {
        Plan plan = plans.build(List.of(compare(CheckFixtures.kneeToWall(), 11, 6)));
        PlanStep step = plan.steps().get(0);
        assertEquals(Side.RIGHT, step.tighterSide());
        assertEquals(List.of("calf-roll"), step.techniques());
        assertFalse(step.roughGuide());
        assertEquals("knee-to-wall", step.checkId());
    }

    @Test
    void onlyGapsThatCountMakeTheirWayIntoThePlan() {
        Plan plan = plans.build(List.of(
                compare(CheckFixtures.kneeToWall(), 10, 9),          // within measurement error
                compare(CheckFixtures.proneKneeBend(), 120, 120),    // equal
                analysis.compare(CheckFixtures.thomas(), new CheckResult("modified-thomas", 3.0, null)),
                compare(CheckFixtures.figureFour(), 7, 3)));          // rough guide gap
        assertEquals(1, plan.steps().size());
        PlanStep step = plan.steps().get(0);
        assertEquals("Glutes", step.area());
        assertTrue(step.roughGuide());
        assertEquals(Side.LEFT, step.tighterSide());
        assertEquals("Not in a flare-up.", step.caution());
    }

    @Test
    void thePlanEndsWithReTestAdvice() {
        Plan plan = plans.build(List.of(compare(CheckFixtures.kneeToWall(), 11, 6)));
        assertEquals(com.bodymap.model.check.Plan.Closing.RETEST, plan.closing());
    }

    @Test
    void noImbalanceIsSaidPlainly() {
        Plan plan = plans.build(List.of(compare(CheckFixtures.kneeToWall(), 10, 9.5),
                compare(CheckFixtures.proneKneeBend(), 120, 120)));
        assertTrue(plan.empty());
        assertEquals(com.bodymap.model.check.Plan.Closing.NO_IMBALANCE, plan.closing());
    }

    @Test
    void nothingMeasuredOnBothSidesIsSaidPlainlyToo() {
        Plan plan = plans.build(List.of(
                analysis.compare(CheckFixtures.kneeToWall(), new CheckResult("knee-to-wall", null, 8.0))));
        assertTrue(plan.empty());
        assertEquals(com.bodymap.model.check.Plan.Closing.NOTHING_COMPARED, plan.closing());
        assertTrue(plans.build(List.of()).empty());
    }

    @Test
    void whenTwoChecksPointAtOneAreaAMeasuredGapWinsOverARoughGuide() {
        Threshold measured = new Threshold(4.0, ThresholdScale.ABSOLUTE, ThresholdRule.EXCEEDS,
                ThresholdBasis.MEASUREMENT_ERROR, List.of("x"), "Measured.");
        CheckDefinition second = CheckFixtures.numeric("another-hip-check", "Another", "hip-flexors",
                MeasureKind.DEGREES, new ValidRange(0, 90, 0), TighterWhen.SMALLER, true, measured,
                new ReleaseStep(1, "Hip flexors", List.of("hip-flexors"), List.of("hip-flexor-ball"), null));
        Plan plan = plans.build(List.of(
                compare(CheckFixtures.thomas(), 10, -5),   // rough guide, left tighter
                compare(second, 60, 50)));                 // measured, right tighter
        assertEquals(1, plan.steps().size());
        assertEquals(Side.RIGHT, plan.steps().get(0).tighterSide());
        assertFalse(plan.steps().get(0).roughGuide());
    }
}
