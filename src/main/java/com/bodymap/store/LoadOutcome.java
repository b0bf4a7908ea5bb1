package com.bodymap.store;

import com.bodymap.model.check.ComparisonRun;
import java.nio.file.Path;
import java.util.List;

/**
 * What loading the results file gave: the runs, and when something was wrong, a message for the
 * user and where the unreadable file was moved (null if it could not be moved).
 */
public record LoadOutcome(List<ComparisonRun> runs, String problem, Path movedTo) {

    public LoadOutcome {
        runs = List.copyOf(runs);
    }

    public static LoadOutcome fine(List<ComparisonRun> runs) {
        return new LoadOutcome(runs, null, null);
    }

    public boolean hasProblem() {
        return problem != null;
    }
}
