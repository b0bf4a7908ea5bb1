package com.bodymap.model.check;

import java.util.List;

/** A passage of the wizard's own text and the sources it rests on (ids in the content's sources.json). */
public record SourcedText(String text, List<String> sources) {

    public SourcedText {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
