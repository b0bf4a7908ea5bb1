package com.bodymap.model;

import java.util.List;

/** Where sources disagree about a region, the app shows every side. */
public record Disagreement(String topic, List<Viewpoint> viewpoints) {
    public Disagreement {
        viewpoints = viewpoints == null ? List.of() : List.copyOf(viewpoints);
    }
}
