package com.bodymap.export;

import java.util.List;
import com.bodymap.model.Figure;
import com.bodymap.model.Rating;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One body figure on a sheet, with the shapes to highlight and the rating each is highlighted with
 * (the rating chooses the fill and its pattern, so highlights read in black and white too), the
 * caption under it ("Front view") and the words for the body's sides, left first ("LEFT", "RIGHT"),
 * optionally followed by their short forms ("L", "R") for figures too slim for the words.
 */
public record FigureView(Figure figure, Map<String, Rating> highlighted, String caption, List<String> sideWords) {

    public FigureView {
        highlighted = Collections.unmodifiableMap(new LinkedHashMap<>(highlighted));
        sideWords = List.copyOf(sideWords);
    }
}
