package com.bodymap.ui.bodymap;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * Keeps a figure's rating icons and look-elsewhere markers readable at any zoom: each is scaled
 * about its own centre so that on screen it stays between {@link #SMALLEST} and {@link #LARGEST}
 * times its drawn size, while its place follows the drawing. An icon wider on screen than the shape
 * it sits on is hidden until zooming in makes room for it; the shape's pattern still shows its
 * rating, and the tooltip says it in words.
 */
final class MarkScaler {
    static final double SMALLEST = 0.85;
    static final double LARGEST = 1.15;

    private final FigureLayer layer;
    /** For each icon, the narrower side of the shape it sits on, in figure units. */
    private final Map<Node, Double> room = new HashMap<>();

    MarkScaler(FigureLayer layer) {
        this.layer = layer;
    }

    /** {@code drawingScale}: screen pixels per figure unit now. */
    void apply(double drawingScale) {
        double k = Math.max(SMALLEST, Math.min(LARGEST, drawingScale)) / drawingScale;
        for (Node icon : layer.lookupAll(".region-icon")) {
            scaleAbout(icon, k);
            Bounds b = icon.getBoundsInLocal();
            double iconOnScreen = Math.min(b.getWidth(), b.getHeight()) * k * drawingScale;
            icon.setVisible(roomFor(icon) * drawingScale >= iconOnScreen);
        }
        for (String marker : new String[] {".order-marker", ".order-number"}) {
            for (Node n : layer.lookupAll(marker)) {
                scaleAbout(n, k);
            }
        }
    }

    private static void scaleAbout(Node n, double k) {
        Bounds b = n.getBoundsInLocal();
        n.getTransforms().setAll(new Scale(k, k, b.getCenterX(), b.getCenterY()));
    }

    private double roomFor(Node icon) {
        return room.computeIfAbsent(icon, i -> {
            Bounds b = i.getBoundsInLocal();
            Point2D centre = new Point2D(b.getCenterX(), b.getCenterY());
            for (Node n = i; n != layer && n != null; n = n.getParent()) {
                centre = n.localToParent(centre);
            }
            for (String id : layer.partIds()) {
                SVGPath shape = layer.shape(id);
                if (shape.contains(shape.parentToLocal(centre))) {
                    Bounds s = shape.getBoundsInParent();
                    return Math.min(s.getWidth(), s.getHeight());
                }
            }
            return Double.MAX_VALUE;
        });
    }
}
