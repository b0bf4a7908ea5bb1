package com.bodymap.model.check;

import java.util.List;

/**
 * The release plan: the steps in the sources' order, then {@code closing}, what the plan ends with:
 * the re-test advice when there are steps, else why there are none. The window words it.
 */
public record Plan(List<PlanStep> steps, Closing closing) {

    /** What a plan ends with. */
    public enum Closing {
        /** Re-test after: the same checks, the same way, after a session and after a few weeks. */
        RETEST,
        /** No check shows a gap larger than its threshold. */
        NO_IMBALANCE,
        /** No check has both sides measured. */
        NOTHING_COMPARED
    }

    public Plan {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public boolean empty() {
        return steps.isEmpty();
    }
}
