package com.bodymap.ui.bodymap;

import com.bodymap.model.Figure;
import com.bodymap.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;

/**
 * The figures shown, laid side by side in one coordinate space (front first), with a margin round
 * them and a gap between; each figure keeps its own coordinates inside its slot. Converts between
 * this space and {@link MapZoom}'s figure-relative points.
 */
final class MapWorld {
    /** Small: at the default window every pixel of height goes to the figure (see FigureChecker's size rule). */
    static final double MARGIN = 6;
    static final double GAP = 70;

    private final List<View> views;
    private final List<Double> offsets = new ArrayList<>();
    private final Map<View, Figure> figures;
    private final double width;
    private final double height;

    MapWorld(List<View> views, Map<View, Figure> figures) {
        this.views = List.copyOf(views);
        this.figures = figures;
        double x = MARGIN;
        double tallest = 0;
        for (View v : this.views) {
            offsets.add(x);
            x += figures.get(v).width() + GAP;
            tallest = Math.max(tallest, figures.get(v).height());
        }
        this.width = x - GAP + MARGIN;
        this.height = tallest + 2 * MARGIN;
    }

    List<View> views() {
        return views;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Where {@code view}'s figure origin sits. */
    Point2D offset(View view) {
        return new Point2D(offsets.get(views.indexOf(view)), MARGIN);
    }

    /** The world x range of the column belonging to view {@code i}: from midway in the gap on one side to midway on the other. */
    double columnStart(int i) {
        return i == 0 ? Double.NEGATIVE_INFINITY : offsets.get(i) - GAP / 2;
    }

    double columnEnd(int i) {
        return i == views.size() - 1 ? Double.POSITIVE_INFINITY : offsets.get(i) + figures.get(views.get(i)).width() + GAP / 2;
    }

    /** The world point a zoom looks at; a zoom on a view not shown looks at the same spot of the first one shown. */
    Point2D centreOf(MapZoom zoom) {
        if (zoom.isFit()) {
            return new Point2D(width / 2, height / 2);
        }
        View v = views.contains(zoom.view()) ? zoom.view() : views.get(0);
        Point2D o = offset(v);
        return new Point2D(o.getX() + zoom.x(), o.getY() + zoom.y());
    }

    /** The zoom looking at world point {@code centre}, named by the figure whose column holds it. */
    MapZoom zoomAt(double factor, Point2D centre) {
        View v = views.get(views.size() - 1);
        for (int i = 0; i < views.size(); i++) {
            if (centre.getX() < columnEnd(i)) {
                v = views.get(i);
                break;
            }
        }
        Point2D o = offset(v);
        return new MapZoom(factor, v, centre.getX() - o.getX(), centre.getY() - o.getY());
    }
}
