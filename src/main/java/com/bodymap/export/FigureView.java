package com.bodymap.export;

import com.bodymap.model.Figure;
import com.bodymap.model.Rating;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One body figure on a sheet, with the shapes to highlight and the rating each is highlighted with
 * (the rating chooses the fill and its pattern, so highlights read in black and white too).
 */
public record FigureView(Figure figure, Map<String, Rating> highlighted) {

    public FigureView {
        highlighted = Collections.unmodifiableMap(new LinkedHashMap<>(highlighted));
    }

    /** "Front" or "Back", shown under the figure. */
    public String caption() {
        return figure.view().label();
    }
}
