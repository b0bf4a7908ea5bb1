package com.bodymap.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs that the backup or a damaged file moved aside still hold and the history lacks (and the
 * user did not delete): what the history offers to restore.
 *
 * @param sources    the files they were found in
 * @param runs       the runs, each once; a run with a bad value is restored too, and shown as damaged
 * @param unreadable how many lines in those files are not runs with an id, and so cannot be restored
 */
public record Recovery(List<Path> sources, List<StoredRun> runs, int unreadable, Map<String, String> texts) {

    public Recovery {
        sources = List.copyOf(sources);
        runs = List.copyOf(runs);
        texts = Map.copyOf(texts);
    }

    static Recovery none() {
        return new Recovery(List.of(), List.of(), 0, Map.of());
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The run's JSON as found, unknown fields included; restored as it is. */
    String text(String key) {
        return texts.get(key);
    }
}
