package com.bodymap.model;

import java.util.List;

/**
 * Something to do instead of rolling a region. It may point at another region (a link that selects
 * it on the map) and at a technique card.
 */
public record Suggestion(String text, String region, String technique, List<String> sources) {
    public Suggestion {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
