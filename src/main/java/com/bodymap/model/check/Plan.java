package com.bodymap.model.check;

import java.util.List;

/**
 * The release plan: the steps in the sources' order, then {@code closing}, a sentence that is the
 * re-test advice when there are steps and a plain "no imbalance" statement when there are none.
 */
public record Plan(List<PlanStep> steps, String closing) {

    public Plan {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public boolean empty() {
        return steps.isEmpty();
    }
}
