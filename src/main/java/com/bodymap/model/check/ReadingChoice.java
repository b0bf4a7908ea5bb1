package com.bodymap.model.check;

import java.util.List;
import java.util.Optional;

/**
 * For checks whose reading needs a word as well as a number: a phone level shows 10° whether the
 * thigh is 10° above or below horizontal, so the user types 10 and picks which. No value depends
 * on a typed minus sign. {@code max} is the largest reading the instrument gives (90° for a level).
 */
public record ReadingChoice(String question, double max, List<ReadingOption> options) {

    public ReadingChoice {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<ReadingOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Whether a reading gives the same value whatever the answer (0 for above/below horizontal). */
    public boolean needsNoAnswer(double reading) {
        return options.stream().mapToDouble(o -> o.valueOf(reading)).distinct().count() <= 1;
    }
}
