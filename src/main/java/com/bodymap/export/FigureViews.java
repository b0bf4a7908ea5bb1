package com.bodymap.export;

import com.bodymap.i18n.Messages;
import com.bodymap.model.Figure;
import com.bodymap.model.Rating;
import com.bodymap.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chooses the figures a sheet shows: each view that has one of the highlighted parts, front first. */
final class FigureViews {
    private final Map<View, Figure> figures;
    private final Messages messages;

    FigureViews(Map<View, Figure> figures, Messages messages) {
        this.figures = figures;
        this.messages = messages;
    }

    List<FigureView> showing(Map<String, Rating> parts) {
        List<FigureView> views = new ArrayList<>();
        for (View view : View.values()) {
            Figure figure = figures.get(view);
            if (figure == null) {
                continue;
            }
            Map<String, Rating> here = new LinkedHashMap<>();
            parts.forEach((id, rating) -> {
                if (figure.shape(id).isPresent()) {
                    here.put(id, rating);
                }
            });
            if (!here.isEmpty()) {
                views.add(new FigureView(figure, here, messages.text("map.viewTitle." + view.key()),
                        List.of(messages.text("sheet.figure.left"), messages.text("sheet.figure.right"),
                        messages.text("sheet.figure.left.short"), messages.text("sheet.figure.right.short"))));
            }
        }
        return views;
    }
}
