package com.bodymap.store;

import com.bodymap.model.check.ComparisonRun;
import java.nio.file.Path;
import java.util.List;

/**
 * What loading the results file gave: the usable runs; the runs that are kept but damaged; when
 * something was wrong, a message for the user and where an unusable file was moved (null if it was
 * not moved); and, when the store will not write (a newer file, an unreadable one), why.
 */
public record LoadOutcome(List<ComparisonRun> runs, String problem, Path movedTo, List<StoredRun> damaged,
                          StoreFailure readOnly) {

    public LoadOutcome {
        runs = List.copyOf(runs);
        damaged = damaged == null ? List.of() : List.copyOf(damaged);
    }

    public LoadOutcome(List<ComparisonRun> runs, String problem, Path movedTo) {
        this(runs, problem, movedTo, List.of(), null);
    }

    public static LoadOutcome fine(List<ComparisonRun> runs) {
        return new LoadOutcome(runs, null, null);
    }

    public boolean hasProblem() {
        return problem != null;
    }
}
