package com.bodymap.model;

import java.util.List;

/**
 * One tool's rating for a region, with a one-line reason, its sources and, where one applies, the
 * technique card to use (or to use instead).
 */
public record ToolRating(Tool tool, ToolVerdict rating, String reason, List<String> sources, String technique) {
    public ToolRating {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * Whether the linked card is the alternative rather than how to use this tool here: where the
     * tool is avoided or does not fit, or the card uses another tool.
     */
    public boolean cardIsAlternative(Technique card) {
        return rating == ToolVerdict.AVOID || rating == ToolVerdict.DOES_NOT_FIT || !card.tools().contains(tool);
    }
}
