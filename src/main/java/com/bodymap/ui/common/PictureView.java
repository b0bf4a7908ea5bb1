package com.bodymap.ui.common;

import com.bodymap.picture.Picture;
import com.bodymap.picture.Shade;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * One drawing of a position, drawn for the size it is laid out at (lines and patterns keep their
 * weight when it is small). It reads as an image to a screen reader, with the drawing's text
 * alternative as its accessible text. Its colours come from the theme: each of the drawing's shades
 * is a CSS property of this node, {@code -bm-draw-NAME} (set from the palette in app.css), and the
 * drawing is painted again when the theme changes them.
 */
public final class PictureView extends Region {
    private final Picture picture;
    private final double aspect;
    private final Canvas canvas = new Canvas();
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private final Map<String, StyleableObjectProperty<Paint>> shades = new LinkedHashMap<>();

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
        for (Map.Entry<String, Shade> e : Shade.NAMED.entrySet()) {
            Shade s = e.getValue();
            shades.put(e.getKey(), new SimpleStyleableObjectProperty<>(SHADE_PROPERTIES.get(e.getKey()), this, e.getKey(),
                    Color.rgb(s.red(), s.green(), s.blue())) {
                @Override
                protected void invalidated() {
                    drawnWidth = -1;
                    requestLayout();
                }
            });
        }
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
        SketchPainter.paint(canvas.getGraphicsContext2D(), picture.sketch(w, h), this::colour);
    }

    /** A shade's colour on screen now: the theme's for a named shade, its own for any other. */
    Paint colour(Shade shade) {
        String name = NAME_OF.get(shade);
        return name == null ? Color.rgb(shade.red(), shade.green(), shade.blue()) : shades.get(name).get();
    }

    private static final Map<Shade, String> NAME_OF = new LinkedHashMap<>();
    private static final Map<String, CssMetaData<PictureView, Paint>> SHADE_PROPERTIES = new LinkedHashMap<>();
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        Shade.NAMED.forEach((name, shade) -> NAME_OF.putIfAbsent(shade, name));
        for (String name : Shade.NAMED.keySet()) {
            Shade s = Shade.NAMED.get(name);
            SHADE_PROPERTIES.put(name, new CssMetaData<>("-bm-draw-" + name, StyleConverter.getPaintConverter(),
                    Color.rgb(s.red(), s.green(), s.blue())) {
                @Override
                public boolean isSettable(PictureView v) {
                    return !v.shades.get(name).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(PictureView v) {
                    return v.shades.get(name);
                }
            });
        }
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.addAll(SHADE_PROPERTIES.values());
        CSS = Collections.unmodifiableList(all);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
