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
}
