package com.bodymap.model;

import java.util.List;

/** A technique card: how to work on a region safely, or what to do instead of rolling it. */
public record Technique(
        String id,
        String title,
        String tool,
        String setup,
        List<String> steps,
        Dose dose,
        List<String> cues,
        List<String> mistakes,
        List<String> whenNot,
        List<String> regions,
        List<String> sources,
        String evidence) {

    public Technique {
        steps = steps == null ? List.of() : List.copyOf(steps);
        cues = cues == null ? List.of() : List.copyOf(cues);
        mistakes = mistakes == null ? List.of() : List.copyOf(mistakes);
        whenNot = whenNot == null ? List.of() : List.copyOf(whenNot);
        regions = regions == null ? List.of() : List.copyOf(regions);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
