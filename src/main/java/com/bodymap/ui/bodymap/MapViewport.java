package com.bodymap.ui.bodymap;

import com.bodymap.model.Figure;
import com.bodymap.model.RegionPart;
import com.bodymap.model.View;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The drawing area of the map: the figures shown (one, or front and back side by side), zoomed and
 * panned together, a header above each figure, and a tooltip naming the region under the pointer.
 * The zoom lives in the view-model as a {@link MapZoom}; this class turns wheel, drag and key
 * gestures into new zooms, and lays the drawing out from the current one. Rating icons and order
 * numbers are kept a readable size by {@link MarkScaler}.
 */
final class MapViewport extends Region {
    static final double STEP = 1.25;
    /** Scroll pixels per wheel notch on the common platforms, for smooth (touchpad) scrolling. */
    private static final double WHEEL_NOTCH = 40;
    private static final double WHEEL_STEP = 1.2;
    /** How far Shift+arrow pans, as a share of the drawing area. */
    private static final double PAN_SHARE = 0.15;
    private static final double HEADER_GAP = 4;
    /** How far a header may reach past its figure's sides, in pixels. */
    private static final double HEADER_OVERHANG = 40;
    private static final PseudoClass ZOOMED = PseudoClass.getPseudoClass("zoomed");
    private static final PseudoClass PANNING = PseudoClass.getPseudoClass("panning");
    /** Zoom bands in which the stylesheet thins the drawing's outlines, so they keep about their width on screen. */
    private static final PseudoClass ZOOM_2 = PseudoClass.getPseudoClass("zoom-2");
    private static final PseudoClass ZOOM_4 = PseudoClass.getPseudoClass("zoom-4");

    private final BodyMapViewModel model;
    private final Map<View, Figure> figures;
    private final Map<View, FigureLayer> layers;
    private final Map<View, ViewHeader> headers = new EnumMap<>(View.class);
    private final Map<View, MarkScaler> marks = new EnumMap<>(View.class);
    private final Group world = new Group();
    private final Pane drawing = new Pane(world);
    private final Rectangle clip = new Rectangle();
    private final Label tooltip = new Label();
    private final Translate shift = new Translate();
    private final Scale scaling = new Scale(1, 1, 0, 0);
    private MapWorld layout;
    /** Where the pointer is over the drawing, in the drawing's coordinates; null when it is elsewhere. */
    private Point2D pointer;
    private Point2D pressedAt;
    private Point2D centreAtPress;
    private boolean panning;
    /** True while a click on the drawing is being handled: what it selects is under the pointer already. */
    private boolean clicking;

    MapViewport(BodyMapViewModel model, Map<View, Figure> figures, Map<View, FigureLayer> layers) {
        this.model = model;
        this.figures = figures;
        this.layers = layers;
        getStyleClass().add("map-viewport");
        drawing.setId("map-drawing");
        drawing.getStyleClass().add("map-drawing");
        drawing.setClip(clip);
        // Laid out by hand: their bounds change with every zoom, and must not start a new layout pass.
        world.setManaged(false);
        world.getStyleClass().add("map-world");
        world.getTransforms().setAll(shift, scaling);
        tooltip.setId("map-tooltip");
        tooltip.getStyleClass().add("map-tooltip");
        tooltip.setManaged(false);
        tooltip.setMouseTransparent(true);
        tooltip.setVisible(false);
        drawing.getChildren().add(tooltip);
        for (View v : figures.keySet()) {
            headers.put(v, new ViewHeader(v, model.messages()));
            marks.put(v, new MarkScaler(layers.get(v)));
        }
        listen();
        model.zoomProperty().addListener((obs, old, z) -> {
            drawing.pseudoClassStateChanged(ZOOMED, !z.isFit());
            world.pseudoClassStateChanged(ZOOM_2, z.factor() >= 1.8 && z.factor() < 3.5);
            world.pseudoClassStateChanged(ZOOM_4, z.factor() >= 3.5);
            requestLayout();
        });
        model.hoveredProperty().addListener((obs, old, part) -> showTooltip());
        model.toolProperty().addListener((obs, old, tool) -> showTooltip());
    }

    /** Shows these views, left to right. */
    void show(List<View> views) {
        layout = new MapWorld(views, figures);
        List<Node> shown = new ArrayList<>();
        for (View v : views) {
            FigureLayer layer = layers.get(v);
            Point2D o = layout.offset(v);
            layer.setLayoutX(o.getX());
            layer.setLayoutY(o.getY());
            shown.add(layer);
        }
        world.getChildren().setAll(shown);
        List<Node> children = new ArrayList<>(List.of(drawing));
        views.forEach(v -> children.add(headers.get(v)));
        getChildren().setAll(children);
        requestLayout();
    }

    void markActive(View active) {
        headers.forEach((v, h) -> h.setActive(v == active && layout != null && layout.views().size() > 1));
    }

    List<View> shownViews() {
        return layout == null ? List.of() : layout.views();
    }

    /** Sizes icons and markers for the current zoom; call after markers are added. */
    void refreshMarks() {
        MapCamera camera = camera();
        if (camera.usable()) {
            double s = camera.scale(model.getZoom().factor());
            layout.views().forEach(v -> marks.get(v).apply(s));
        }
    }

    Pane drawing() {
        return drawing;
    }

    // ---------- commands ----------

    void zoomIn() {
        zoomBy(STEP, commandAnchor());
    }

    void zoomOut() {
        zoomBy(1 / STEP, commandAnchor());
    }

    void fit() {
        model.zoomProperty().set(MapZoom.FIT);
    }

    /** Zooms by {@code factor}, keeping the point of the drawing under {@code anchor} (drawing coordinates) where it is. */
    void zoomBy(double factor, Point2D anchor) {
        MapCamera camera = camera();
        if (!camera.usable()) {
            return;
        }
        MapZoom z = model.getZoom();
        double to = Math.max(1, Math.min(MapZoom.MAX, z.factor() * factor));
        Point2D centre = camera.clamp(z.factor(), layout.centreOf(z));
        Point2D nc = camera.zoomAbout(z.factor(), centre, to, anchor);
        model.zoomProperty().set(layout.zoomAt(to, nc));
    }

    /** Pans by a step: {@code dx} = 1 shows more of what is to the right, {@code dy} = 1 more of what is below. */
    void panStep(int dx, int dy) {
        panBy(-dx * PAN_SHARE * drawing.getWidth(), -dy * PAN_SHARE * drawing.getHeight());
    }

    /** Moves the drawing by ({@code dx}, {@code dy}) pixels when it is zoomed in. */
    void panBy(double dx, double dy) {
        MapZoom z = model.getZoom();
        MapCamera camera = camera();
        if (z.isFit() || !camera.usable()) {
            return;
        }
        Point2D centre = camera.clamp(z.factor(), layout.centreOf(z));
        model.zoomProperty().set(layout.zoomAt(z.factor(), camera.panBy(z.factor(), centre, dx, dy)));
    }

    /**
     * When zoomed in, brings a part the keyboard or a search moved to into sight, keeping the zoom.
     * A part clicked on the map is left where it is: moving the drawing under the pointer would
     * make the next click land elsewhere.
     */
    void reveal(RegionPart part) {
        MapZoom z = model.getZoom();
        MapCamera camera = camera();
        if (part == null || clicking || z.isFit() || !camera.usable()) {
            return;
        }
        for (View v : layout.views()) {
            FigureLayer layer = layers.get(v);
            if (!layer.contains(part.id())) {
                continue;
            }
            Point2D at = layer.centre(part.id()).add(layout.offset(v));
            Point2D centre = camera.clamp(z.factor(), layout.centreOf(z));
            Point2D onScreen = camera.toScreen(z.factor(), centre, at);
            double mx = drawing.getWidth() * 0.1;
            double my = drawing.getHeight() * 0.1;
            boolean inSight = onScreen.getX() >= mx && onScreen.getX() <= drawing.getWidth() - mx
                    && onScreen.getY() >= my && onScreen.getY() <= drawing.getHeight() - my;
            if (!inSight) {
                model.zoomProperty().set(layout.zoomAt(z.factor(), camera.clamp(z.factor(), at)));
            }
        }
    }

    /** When zoomed in on both views and {@code view}'s figure is out of sight, looks at the same spot of it. */
    void turnTo(View view) {
        MapZoom z = model.getZoom();
        MapCamera camera = camera();
        if (z.isFit() || !camera.usable() || !layout.views().contains(view) || view == z.view()) {
            return;
        }
        int i = layout.views().indexOf(view);
        Point2D centre = camera.clamp(z.factor(), layout.centreOf(z));
        double a = Math.max(0, camera.toScreen(z.factor(), centre, new Point2D(layout.columnStart(i), 0)).getX());
        double b = Math.min(drawing.getWidth(), camera.toScreen(z.factor(), centre, new Point2D(layout.columnEnd(i), 0)).getX());
        if (b - a < drawing.getWidth() / 3) {
            model.zoomProperty().set(z.on(view));
        }
    }

    /**
     * Where keys and buttons zoom about: the centre of the visible map, so the part in view stays in
     * view. The pointer is not used: on a button or a menu it is off the drawing, and zooming about a
     * stale spot (or the last click) made the figure drift away to a corner. Ctrl+wheel and pinch
     * still zoom about the pointer, which is on the drawing then.
     */
    private Point2D commandAnchor() {
        return new Point2D(drawing.getWidth() / 2, drawing.getHeight() / 2);
    }

    // ---------- gestures ----------

    private void listen() {
        // Every mouse event says where the pointer is: a press may come without a move before it.
        drawing.addEventFilter(MouseEvent.ANY, e -> {
            if (e.getEventType() == MouseEvent.MOUSE_EXITED && e.getTarget() == drawing) {
                pointer = null;
                showTooltip();
            } else {
                pointerAt(e.getX(), e.getY());
            }
        });
        drawing.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            clicking = false;
            if (e.getButton() == MouseButton.PRIMARY) {
                pressedAt = new Point2D(e.getX(), e.getY());
                MapCamera camera = camera();
                MapZoom z = model.getZoom();
                centreAtPress = camera.usable() ? camera.clamp(z.factor(), layout.centreOf(z)) : null;
            }
        });
        drawing.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            MapZoom z = model.getZoom();
            if (pressedAt == null || centreAtPress == null || z.isFit() || !e.isPrimaryButtonDown()) {
                return;
            }
            setPanning(true);
            Point2D to = camera().panBy(z.factor(), centreAtPress, e.getX() - pressedAt.getX(), e.getY() - pressedAt.getY());
            model.zoomProperty().set(layout.zoomAt(z.factor(), to));
        });
        drawing.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            pressedAt = null;
            setPanning(false);
        });
        // A drag that panned is not a click: it must not open the region it started on. A click is
        // noted before the region hears of it, so the selection it makes does not pan the map.
        drawing.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (!e.isStillSincePress()) {
                e.consume();
            } else if (e.getButton() == MouseButton.PRIMARY) {
                clicking = true;
            }
        });
        drawing.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> clicking = false);
        drawing.addEventHandler(ScrollEvent.SCROLL, e -> {
            double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            if (e.isShortcutDown()) {
                if (delta != 0) {
                    // A wheel's notches come as lines, one step each whatever their size on this
                    // platform; a touchpad's smooth scroll comes in pixels and zooms smoothly.
                    double steps = e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.NONE
                            ? delta / WHEEL_NOTCH : Math.signum(delta);
                    zoomBy(Math.pow(WHEEL_STEP, steps), new Point2D(e.getX(), e.getY()));
                }
                e.consume();
            } else if (!model.getZoom().isFit()) {
                panBy(e.getDeltaX(), e.getDeltaY());
                e.consume();
            }
        });
        drawing.setOnZoom(e -> zoomBy(e.getZoomFactor(), new Point2D(e.getX(), e.getY())));
    }

    private void pointerAt(double x, double y) {
        pointer = new Point2D(x, y);
        showTooltip();
    }

    private void setPanning(boolean on) {
        panning = on;
        drawing.pseudoClassStateChanged(PANNING, on);
        showTooltip();
    }

    private void showTooltip() {
        RegionPart hovered = model.hoveredProperty().get();
        boolean show = hovered != null && pointer != null && !panning;
        tooltip.setVisible(show);
        if (!show) {
            return;
        }
        tooltip.setText(model.verdict(hovered).icon() + "  " + model.describe(hovered));
        tooltip.autosize();
        double w = tooltip.getWidth();
        double h = tooltip.getHeight();
        // Below and right of the pointer; to its left, or pushed in, where it would run off the drawing.
        double x = pointer.getX() + 14;
        if (x + w > drawing.getWidth() - 2) {
            x = pointer.getX() - 10 - w >= 2 ? pointer.getX() - 10 - w : Math.max(2, drawing.getWidth() - 2 - w);
        }
        double y = pointer.getY() + 20;
        if (y + h > drawing.getHeight() - 2) {
            y = Math.max(2, pointer.getY() - 8 - h);
        }
        tooltip.relocate(x, y);
        tooltip.toFront();
    }

    // ---------- layout ----------

    private MapCamera camera() {
        if (layout == null) {
            return new MapCamera(0, 0, 0, 0);
        }
        return new MapCamera(drawing.getWidth(), drawing.getHeight(), layout.width(), layout.height());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 300;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 500;
    }

    @Override
    protected void layoutChildren() {
        if (layout == null) {
            return;
        }
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double w = getWidth() - x0 - snappedRightInset();
        double h = getHeight() - y0 - snappedBottomInset();
        double band = 0;
        for (View v : layout.views()) {
            band = Math.max(band, headers.get(v).prefHeight(-1));
        }
        band += HEADER_GAP;
        drawing.resizeRelocate(x0, y0 + band, w, Math.max(0, h - band));
        clip.setWidth(w);
        clip.setHeight(Math.max(0, h - band));
        MapCamera camera = camera();
        if (!camera.usable()) {
            return;
        }
        MapZoom z = model.getZoom();
        Point2D centre = camera.clamp(z.factor(), layout.centreOf(z));
        Point2D origin = camera.origin(z.factor(), centre);
        double s = camera.scale(z.factor());
        shift.setX(origin.getX());
        shift.setY(origin.getY());
        scaling.setX(s);
        scaling.setY(s);
        layout.views().forEach(v -> marks.get(v).apply(s));
        for (int i = 0; i < layout.views().size(); i++) {
            ViewHeader header = headers.get(layout.views().get(i));
            double a = Math.max(0, camera.toScreen(z.factor(), centre, new Point2D(layout.columnStart(i), 0)).getX());
            double b = Math.min(w, camera.toScreen(z.factor(), centre, new Point2D(layout.columnEnd(i), 0)).getX());
            // Not much wider than the figure, so its Left and Right sit beside the figure they name.
            View v = layout.views().get(i);
            Point2D o = layout.offset(v);
            double fa = camera.toScreen(z.factor(), centre, o).getX();
            double fb = camera.toScreen(z.factor(), centre, o.add(figures.get(v).width(), 0)).getX();
            double wanted = Math.max(header.prefWidth(-1) + 2 * HEADER_GAP, fb - fa + 2 * HEADER_OVERHANG);
            if (b - a > wanted) {
                double mid = Math.max(a + wanted / 2, Math.min(b - wanted / 2, (fa + fb) / 2));
                a = mid - wanted / 2;
                b = mid + wanted / 2;
            }
            // A header is shown whole or not at all: cut-off words would only puzzle.
            boolean fits = b - a >= header.prefWidth(-1);
            header.setVisible(fits);
            if (fits) {
                header.resizeRelocate(x0 + a + HEADER_GAP / 2, y0, b - a - HEADER_GAP, band - HEADER_GAP);
            }
        }
        showTooltip();
    }
}
