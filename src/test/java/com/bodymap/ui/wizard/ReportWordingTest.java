package com.bodymap.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.CheckResult;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.CheckFixtures;
import com.bodymap.wizard.ContentFixtures;
import com.bodymap.wizard.PlanBuilder;
import org.junit.jupiter.api.Test;

class ReportWordingTest {
    private final AsymmetryAnalysis analysis = new AsymmetryAnalysis(new PlanBuilder());
    private final ReportWording wording = new ReportWording(ContentFixtures.content(), new com.bodymap.model.check.CheckCatalog(java.util.List.of(),
            java.util.List.of(new com.bodymap.model.Source("ely-paper", "The Ely paper", "J Orthop Res", "2008",
                    com.bodymap.model.SourceKind.STUDY, null, true, java.util.List.of(), null)), java.util.List.of()),
            com.bodymap.i18n.Messages.english());

    private CheckComparison kneeToWall(Double left, Double right) {
        return analysis.compare(CheckFixtures.kneeToWall(), new CheckResult("knee-to-wall", left, right));
    }

    @Test
    void verdictsArePlain() {
        assertEquals("Yes: larger than the measurement error", wording.verdict(kneeToWall(10.0, 7.0)));
        assertEquals("No: within measurement error", wording.verdict(kneeToWall(10.0, 9.0)));
        assertEquals("No: both sides the same", wording.verdict(kneeToWall(9.0, 9.0)));
        assertEquals("No verdict: right side not tested", wording.verdict(kneeToWall(9.0, null)));
        assertEquals("No verdict: neither side tested", wording.verdict(kneeToWall(null, null)));
    }

    @Test
    void theTighterSideSaysWhenTheGapIsTooSmall() {
        assertEquals("Right", wording.tighter(kneeToWall(10.0, 7.0)));
        assertEquals("Right (too small to count)", wording.tighter(kneeToWall(10.0, 9.0)));
        assertEquals("Neither", wording.tighter(kneeToWall(9.0, 9.0)));
    }

    @Test
    void cardsAndSourcesTheContentLacksAreShownByTheirId() {
        assertEquals("Rolling the calves", wording.cardTitle("calf-roll"));
        assertEquals("Lat roll", wording.cardTitle("lat-roll"));
        assertEquals("Rabin 2015", wording.source("rabin-2015"));
        assertEquals("The Ely paper, J Orthop Res (2008), peer-reviewed study", wording.source("ely-paper"));
        assertTrue(wording.source("powden-2015").contains("peer-reviewed study"), wording.source("powden-2015"));
    }
}
