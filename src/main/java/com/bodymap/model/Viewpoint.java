package com.bodymap.model;

import java.util.List;

/** One side of a disagreement between sources. */
public record Viewpoint(String position, List<String> sources) {
    public Viewpoint {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
