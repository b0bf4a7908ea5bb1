package com.bodymap.wizard;

import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.Plan;
import com.bodymap.model.check.PlanStep;
import com.bodymap.model.check.ReleaseStep;
import com.bodymap.model.check.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the gaps that count into a release plan: only areas with an imbalance, in the
 * practitioner's order (then the app's own later steps), each naming the tighter side to start on
 * and its technique cards, ending with re-test advice. "Tighter side first" is that practitioner's
 * idea (releasing both sides equally would keep the imbalance), and the plan says so.
 */
public final class PlanBuilder {
    public Plan build(List<CheckComparison> comparisons) {
        List<PlanStep> candidates = new ArrayList<>();
        for (CheckComparison c : comparisons) {
            if (!c.verdict().counts()) {
                continue;
            }
            boolean rough = c.verdict() == Verdict.ROUGH_GUIDE_GAP;
            for (ReleaseStep r : c.check().releases()) {
                candidates.add(new PlanStep(r.order(), r.area(), r.regions(), c.tighterSide(), r.techniques(),
                        c.check().id(), rough, r.caution(), r.appExtension()));
            }
        }
        // Sources' order first; where two checks point at the same area, a measured gap wins over a rough guide.
        candidates.sort(Comparator.comparingInt(PlanStep::order).thenComparing(PlanStep::roughGuide));
        Map<String, PlanStep> byArea = new LinkedHashMap<>();
        candidates.forEach(s -> byArea.putIfAbsent(s.area(), s));
        List<PlanStep> steps = List.copyOf(byArea.values());
        if (!steps.isEmpty()) {
            return new Plan(steps, Plan.Closing.RETEST);
        }
        boolean anyCompared = comparisons.stream().anyMatch(c -> c.verdict() != Verdict.INCOMPLETE);
        return new Plan(steps, anyCompared ? Plan.Closing.NO_IMBALANCE : Plan.Closing.NOTHING_COMPARED);
    }
}
