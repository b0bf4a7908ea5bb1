package com.bodymap.store;

import com.bodymap.model.check.ComparisonRun;
import java.time.LocalDateTime;

/**
 * One saved run as the file holds it. A run whose values could not be used is still listed, as
 * damaged: {@code run} is null, {@code damage} says what is wrong in plain words, and its text
 * stays in the file unchanged until the user deletes it.
 *
 * @param key     the run's id, or for a line without a usable id a key derived from its text
 * @param takenAt when the run was taken, if that much could be read; else null
 */
public record StoredRun(String key, LocalDateTime takenAt, ComparisonRun run, String damage) {

    static StoredRun fine(ComparisonRun run) {
        return new StoredRun(run.id(), run.takenAt(), run, null);
    }

    static StoredRun damaged(String key, LocalDateTime takenAt, String damage) {
        return new StoredRun(key, takenAt, null, damage);
    }

    public boolean isDamaged() {
        return damage != null;
    }
}
