package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A technique card: how to work on a region safely, or what to do instead of rolling it.
 * {@code tools} names the tools it uses by id (empty: no equipment); {@code tool} is the same in words.
 */
public record Technique(
        String id,
        List<Tool> tools,
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

    @JsonCreator
    public Technique {
        tools = tools == null ? List.of() : List.copyOf(tools);
        steps = steps == null ? List.of() : List.copyOf(steps);
        cues = cues == null ? List.of() : List.copyOf(cues);
        mistakes = mistakes == null ? List.of() : List.copyOf(mistakes);
        whenNot = whenNot == null ? List.of() : List.copyOf(whenNot);
        regions = regions == null ? List.of() : List.copyOf(regions);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A card without tool ids (tests and older content). */
    public Technique(String id, String title, String tool, String setup, List<String> steps, Dose dose,
                     List<String> cues, List<String> mistakes, List<String> whenNot, List<String> regions,
                     List<String> sources, String evidence) {
        this(id, List.of(), title, tool, setup, steps, dose, cues, mistakes, whenNot, regions, sources, evidence);
    }
}
