package com.bodymap.ui.common;

import com.bodymap.picture.Picture;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * One drawing of a position, drawn for the size it is laid out at (lines and patterns keep their
 * weight when it is small). It reads as an image to a screen reader, with the drawing's text
 * alternative as its accessible text.
 */
public final class PictureView extends Region {
    private final Picture picture;
    private final double aspect;
    private final Canvas canvas = new Canvas();
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    /**
     * A drawing {@code width} points wide by preference, at the drawing's own proportions; it may
     * be laid out narrower (down to six tenths), keeping them.
     */
    public PictureView(Picture picture, double width) {
        this(picture, width, 0);
    }

    /** As above, in a box of the given width-over-height (0: the drawing's own), to line up with others. */
    public PictureView(Picture picture, double width, double aspect) {
        this.picture = picture;
        this.aspect = aspect;
        getStyleClass().add("picture-view");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(picture.alt());
        setFocusTraversable(false);
        getChildren().add(canvas);
        setPrefWidth(width);
        setMinWidth(width * 0.6);
        setMaxWidth(width);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return (width < 0 ? getPrefWidth() : width) / (aspect > 0 ? aspect : picture.aspect());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    public Picture picture() {
        return picture;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w <= 0 || h <= 0 || (w == drawnWidth && h == drawnHeight)) {
            return;
        }
        drawnWidth = w;
        drawnHeight = h;
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        SketchPainter.paint(canvas.getGraphicsContext2D(), picture.sketch(w, h));
    }
}
