package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bodymap.content.CheckLoader;
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

/**
 * Runs saved before above/below horizontal was a choice, and before the figure-4 check measured
 * knee height, read with today's bundled checks: the values keep their meaning.
 */
class OldRunsTest {

    @Test
    void aRunSavedBeforeTheseChangesStillReadsTheSame() throws Exception {
        CheckCatalog catalog = new CheckLoader().loadBundled();
        // As the old wizard saved them: a signed thigh angle typed with its minus, a knee bend of
        // up to 170 degrees, and a 0-10 tightness rating for the figure-4 stretch.
        ComparisonRun old = new ComparisonRun("old", LocalDateTime.of(2025, 6, 1, 8, 30), List.of(
                new CheckResult("modified-thomas", -12.0, 3.0),
                new CheckResult("prone-knee-bend", 120.0, 135.0),
                new CheckResult("figure-four-feel", 3.0, 6.0)), "");
        ComparisonReport report = new AsymmetryAnalysis(new PlanBuilder()).report(catalog, old);
        assertEquals(3, report.comparisons().size(), "no check of the old run is dropped");

        CheckComparison thomas = report.comparisons().get(0);
        assertEquals("12° below horizontal", new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.english()).value(thomas.check(), thomas.left()));
        assertEquals("3° above horizontal", new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.english()).value(thomas.check(), thomas.right()));
        assertEquals(Verdict.MEANINGFUL, thomas.verdict());
        assertEquals(Side.RIGHT, thomas.tighterSide());

        CheckComparison ely = report.comparisons().get(1);
        assertEquals("60° past upright", new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.english()).value(ely.check(), ely.left()));
        assertEquals(Verdict.MEANINGFUL, ely.verdict(), "15 degrees is more than the 11 degree smallest real change");

        CheckComparison feel = report.comparisons().get(2);
        assertEquals("6/10", new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.english()).value(feel.check(), feel.right()));
        assertEquals(Verdict.ROUGH_GUIDE_GAP, feel.verdict());
    }
}
