package com.bodymap.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentRepository;
import com.bodymap.export.PersonalPlan;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.CheckFixtures;
import com.bodymap.wizard.ContentFixtures;
import com.bodymap.wizard.PlanBuilder;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanSheetMakerTest {
    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 11, 2, 8, 15);
    private final ContentRepository content = ContentFixtures.content();
    private final CheckCatalog catalog = new CheckCatalog(List.of(), List.of(),
            List.of(CheckFixtures.thomas(), CheckFixtures.kneeToWall(), CheckFixtures.overheadReach()));
    private final PlanSheetMaker maker = new PlanSheetMaker(content, new ReportWording(content, catalog,
            com.bodymap.i18n.Messages.english()));

    private ComparisonReport report(CheckResult... results) {
        return new AsymmetryAnalysis(new PlanBuilder()).report(catalog,
                new ComparisonRun("r", WHEN, List.of(results), ""));
    }

    @Test
    void aPlanHighlightsTheTighterSideAndListsTheStepsAndCardsInTheSourcesOrder() {
        // Knee-to-wall: the smaller distance is the tighter calf (left). Thomas: the larger angle is tighter (right).
        PersonalPlan plan = maker.make(WHEN, report(new CheckResult("knee-to-wall", 6.0, 10.0),
                new CheckResult("modified-thomas", 0.0, 15.0)), "  after a long run ");

        assertEquals("Your left/right plan", plan.title());
        assertEquals(List.of("Tested on 2 November 2026, 08:15. Left and Right are your own body's sides.",
                "Release first: Hip flexors, your right side.", "Your notes: after a long run"), plan.summary());
        assertEquals(2, plan.tableRows().size());
        assertEquals(PlanSheetMaker.COLUMNS.size(), plan.tableRows().get(0).size());
        assertTrue(plan.steps().get(0).startsWith("Hip flexors: start on your right side"), plan.steps().toString());
        assertTrue(plan.steps().get(plan.steps().size() - 1).startsWith("Calves: start on your left side"),
                plan.steps().toString());
        assertEquals("hip-flexors-right", plan.highlightedParts().get(0));
        assertTrue(plan.highlightedParts().contains("calf-left"), plan.highlightedParts().toString());
        assertEquals("hip-flexor-ball", plan.techniqueIds().get(0));
        assertEquals("calf-roll", plan.techniqueIds().get(plan.techniqueIds().size() - 1));
        assertTrue(plan.closing().startsWith("Re-test after"));
    }

    @Test
    void withoutAnImbalanceThePlanSaysSoAndHighlightsNothing() {
        PersonalPlan plan = maker.make(WHEN, report(new CheckResult("knee-to-wall", 9.0, 9.0)), null);

        assertEquals("No release plan: no check shows a meaningful left/right gap.", plan.summary().get(1));
        assertEquals(2, plan.summary().size(), "no notes line without notes");
        assertTrue(plan.steps().isEmpty());
        assertTrue(plan.highlightedParts().isEmpty());
        assertTrue(plan.techniqueIds().isEmpty());
        assertEquals(List.of("Knee-to-wall", "9 cm", "9 cm", "0 cm", "No: both sides the same", "Neither"),
                plan.tableRows().get(0));
        assertTrue(plan.closing().startsWith("No check shows"), plan.closing());
    }

    @Test
    void aCardTheContentLacksIsLeftOutOfTheCardsButTheStepStillNamesIt() {
        PersonalPlan plan = maker.make(WHEN, report(new CheckResult("overhead-reach", 1.0, 0.0)), "");

        assertEquals(List.of("lats-right"), plan.highlightedParts());
        assertTrue(plan.techniqueIds().isEmpty(), plan.techniqueIds().toString());
        assertTrue(plan.steps().get(0).contains("Lat roll"), plan.steps().toString());
        assertTrue(plan.steps().get(0).contains("rough guide"), plan.steps().toString());
    }
}
