package com.bodymap.model.check;

import java.time.LocalDateTime;
import java.util.List;

/** One finished wizard run as it is saved: when, the values per check, and the user's notes. */
public record ComparisonRun(String id, LocalDateTime takenAt, List<CheckResult> results, String notes) {

    public ComparisonRun {
        results = results == null ? List.of() : List.copyOf(results);
        notes = notes == null ? "" : notes;
    }
}
