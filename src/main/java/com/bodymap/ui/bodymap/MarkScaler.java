package com.bodymap.ui.bodymap;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
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
    /** 12 px for the 20 px icon glyph: about the size the figure's icon rule was drawn for. */
    static final double ICON_SMALLEST = 0.6;
    static final double ICON_LARGEST = 1.1;

    private final FigureLayer layer;

    MarkScaler(FigureLayer layer) {
        this.layer = layer;
    }

    /** {@code drawingScale}: screen pixels per figure unit now. */
    void apply(double drawingScale) {
        double iconK = Math.max(ICON_SMALLEST, Math.min(ICON_LARGEST, drawingScale)) / drawingScale;
        for (String id : layer.partIds()) {
            Text icon = layer.icon(id);
            if (icon == null) {
                continue;
            }
            scaleAbout(icon, iconK);
            Bounds b = icon.getBoundsInLocal();
            icon.setVisible(layer.iconRoom(id) >= Math.min(b.getWidth(), b.getHeight()) * iconK);
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
