package com.bodymap.model;

import java.util.List;

/** One statement in the app's own words, with the ids of the sources behind it. */
public record Claim(String text, List<String> sources) {
    public Claim {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
