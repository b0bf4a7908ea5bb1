package com.bodymap.ui.bodymap;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Group;
import javafx.scene.transform.Scale;

/**
 * Keeps a figure's rating icons and look-elsewhere markers readable at any zoom: each is scaled
 * about its own centre so that on screen it stays within a band of its drawn size (icons between
 * {@link #ICON_SMALLEST} and {@link #ICON_LARGEST}, numbered markers between {@link #SMALLEST} and
 * {@link #LARGEST}, so a number is never under 11 px), while its place follows the drawing. An icon
 * wider on screen than the room its shape has is hidden until zooming in makes room for it; the
 * shape's pattern still shows its rating, and the tooltip says it in words.
 */
final class MarkScaler {
    static final double SMALLEST = 0.85;
    static final double LARGEST = 1.15;
    /** A plate 15 px across (glyph about 11 px) at the least, 22 px at the most. */
    static final double ICON_SMALLEST = 0.75;
    static final double ICON_LARGEST = 1.1;

    private final FigureLayer layer;

    MarkScaler(FigureLayer layer) {
        this.layer = layer;
    }

    /** {@code drawingScale}: screen pixels per figure unit now. */
    void apply(double drawingScale) {
        double iconK = Math.max(ICON_SMALLEST, Math.min(ICON_LARGEST, drawingScale)) / drawingScale;
        for (String id : layer.partIds()) {
            Group icon = layer.iconMark(id);
            if (icon == null) {
                continue;
            }
            scaleAbout(icon, iconK);
            icon.setVisible(layer.iconRoom(id) >= 2 * FigureLayer.PLATE_RADIUS * iconK);
        }
        double k = Math.max(SMALLEST, Math.min(LARGEST, drawingScale)) / drawingScale;
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
}
