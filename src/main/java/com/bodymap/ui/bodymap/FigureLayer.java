package com.bodymap.ui.bodymap;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Figure;
import com.bodymap.model.FigureShape;
import com.bodymap.model.IconSpot;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolVerdict;
import com.bodymap.model.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;

/**
 * The figure for one view, in the figure's own coordinates: silhouette, neutral details, one
 * shape per region part (mirrored shapes reflected about the midline), rating icons, and numbered
 * markers for the "look elsewhere" order. The Left/Right labels are the map's, outside the zoom.
 */
final class FigureLayer extends Group {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
    /** The least room (figure units from the icon spot to the shape's edge) an icon is drawn in. */
    private static final double ICON_ROOM = 8;
    /** The plate under each icon, in figure units: room for the 15 px glyph with a rim. */
    static final double PLATE_RADIUS = 10;

    private final Figure figure;
    private final Map<String, SVGPath> shapes = new LinkedHashMap<>();
    private final Map<String, RegionPart> parts = new LinkedHashMap<>();
    private final Map<String, IconSpot> spots = new LinkedHashMap<>();
    private final Group markers = new Group();
    private final Map<String, Text> icons = new LinkedHashMap<>();
    private final Map<String, Group> iconMarks = new LinkedHashMap<>();

    /**
     * @param tool     the tool the shapes are coloured for (null or a null value: headline ratings)
     * @param describe the accessible text of a part with that tool
     */
    FigureLayer(Figure figure, ContentRepository content, Consumer<RegionPart> onHover, Consumer<RegionPart> onClick,
                ObservableValue<Tool> tool, Function<RegionPart, String> describe) {
        this.figure = figure;
        getStyleClass().add("figure-layer");
        // A transparent frame fixes the layer's bounds to the figure's coordinate space.
        Rectangle frame = new Rectangle(0, 0, figure.width(), figure.height());
        frame.getStyleClass().add("figure-frame");
        frame.setMouseTransparent(true);
        SVGPath silhouette = path(figure.silhouette(), "silhouette");
        silhouette.setMouseTransparent(true);
        getChildren().addAll(frame, silhouette);
        for (String d : figure.details()) {
            SVGPath detail = path(d, "unrated");
            detail.setMouseTransparent(true);
            getChildren().add(detail);
        }
        Group iconGroup = new Group();
        iconGroup.setMouseTransparent(true);
        for (FigureShape fs : figure.shapes()) {
            RegionPart part = content.part(fs.partId()).orElseThrow(
                    () -> new IllegalStateException("figure shape " + fs.partId() + " has no region"));
            SVGPath shape = path(fs.path(), "region-shape");
            if (fs.mirrored()) {
                shape.getTransforms().add(new Scale(-1, 1, figure.width() / 2, 0));
            }
            shape.setId(part.id());
            shape.getStyleClass().add("rating-" + part.region().rating().word());
            if (fs.deep()) {
                shape.getStyleClass().add("deep");
            }
            shape.setAccessibleRole(AccessibleRole.BUTTON);
            shape.setAccessibleText(describe.apply(part));
            shape.setOnMouseEntered(e -> onHover.accept(part));
            shape.setOnMouseExited(e -> onHover.accept(null));
            shape.setOnMouseClicked(e -> onClick.accept(part));
            shapes.put(part.id(), shape);
            parts.put(part.id(), part);
            spots.put(part.id(), fs.icon());
            getChildren().add(shape);
        }
        // Detail lines over the fills and under the icons; they take no clicks, so the region
        // under them still gets its hover and click.
        Group lineGroup = new Group();
        lineGroup.setMouseTransparent(true);
        lineGroup.setPickOnBounds(false);
        lineGroup.getStyleClass().add("detail-lines");
        for (String d : figure.lines()) {
            SVGPath line = path(d, "detail-line");
            line.setMouseTransparent(true);
            lineGroup.getChildren().add(line);
        }
        getChildren().addAll(lineGroup, iconGroup);
        for (Map.Entry<String, SVGPath> e : shapes.entrySet()) {
            IconSpot spot = spots.get(e.getKey());
            Bounds b = e.getValue().getBoundsInParent();
            // The icon (about 18 units wide) goes where the shape has the most room around it.
            if (spot != null ? spot.room() >= ICON_ROOM : b.getWidth() >= 24 && b.getHeight() >= 24) {
                Text icon = new Text(parts.get(e.getKey()).region().rating().icon());
                icon.getStyleClass().addAll("region-icon", "rating-" + parts.get(e.getKey()).region().rating().word());
                icon.setTextAlignment(TextAlignment.CENTER);
                icon.setTextOrigin(VPos.CENTER);
                Point2D c = centre(e.getKey());
                Circle plate = new Circle(c.getX(), c.getY(), PLATE_RADIUS);
                plate.getStyleClass().add("region-icon-plate");
                Group mark = new Group(plate, icon);
                centreIcon(icon, c);
                icon.layoutBoundsProperty().addListener((obs, old, now) -> centreIcon(icon, c));
                iconGroup.getChildren().add(mark);
                icons.put(e.getKey(), icon);
                iconMarks.put(e.getKey(), mark);
            }
        }
        markers.setMouseTransparent(true);
        getChildren().add(markers);
        if (tool != null) {
            showTool(tool.getValue(), describe);
            tool.addListener((obs, old, t) -> showTool(t, describe));
        }
    }

    /** Keeps a glyph centred on its plate whatever its width (glyphs differ, and CSS sets the font). */
    private static void centreIcon(Text icon, Point2D c) {
        Bounds b = icon.getLayoutBounds();
        icon.setX(c.getX() - b.getWidth() / 2);
        icon.setY(c.getY());
    }

    /** Recolours every shape and its icon with the tool's ratings ("does not fit" has its own look). */
    void showTool(Tool tool, Function<RegionPart, String> describe) {
        shapes.forEach((id, shape) -> {
            RegionPart part = parts.get(id);
            ToolVerdict v = part.region().verdict(tool);
            restyle(shape.getStyleClass(), v);
            shape.setAccessibleText(describe.apply(part));
            Text icon = icons.get(id);
            if (icon != null) {
                icon.setText(v.icon());
                restyle(icon.getStyleClass(), v);
            }
        });
    }

    private static void restyle(List<String> classes, ToolVerdict v) {
        classes.removeIf(c -> c.startsWith("rating-"));
        classes.add("rating-" + v.word());
    }

    /** The rating class a shape shows now, for tests: "rating-avoid". */
    String ratingClass(String partId) {
        return shapes.get(partId).getStyleClass().stream().filter(c -> c.startsWith("rating-")).findFirst().orElse("");
    }

    private static SVGPath path(String data, String styleClass) {
        SVGPath p = new SVGPath();
        p.setContent(data);
        p.getStyleClass().add(styleClass);
        return p;
    }

    Map<String, Point2D> centres() {
        Map<String, Point2D> centres = new LinkedHashMap<>();
        shapes.keySet().forEach(id -> centres.put(id, centre(id)));
        return centres;
    }

    /** The shape's icon spot, the point deepest inside it; the centre of its bounds if unmeasured. */
    Point2D centre(String partId) {
        IconSpot spot = spots.get(partId);
        if (spot != null) {
            return new Point2D(spot.x(), spot.y());
        }
        Bounds b = shapes.get(partId).getBoundsInParent();
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    SVGPath shape(String partId) {
        return shapes.get(partId);
    }

    boolean contains(String partId) {
        return shapes.containsKey(partId);
    }

    List<String> partIds() {
        return List.copyOf(shapes.keySet());
    }

    void markSelected(String partId) {
        shapes.forEach((id, s) -> s.pseudoClassStateChanged(SELECTED, id.equals(partId)));
    }

    void markCursor(String partId) {
        shapes.forEach((id, s) -> s.pseudoClassStateChanged(CURSOR, id.equals(partId)));
    }

    /** Outlines the regions in order and numbers them 1, 2, 3... */
    void markHighlighted(List<String> regionIds) {
        markers.getChildren().clear();
        shapes.forEach((id, s) -> {
            int index = regionIds.indexOf(RegionPart.regionIdOf(id));
            s.pseudoClassStateChanged(HIGHLIGHTED, index >= 0);
            if (index >= 0) {
                Point2D c = centre(id);
                Circle dot = new Circle(c.getX(), c.getY(), 11);
                dot.getStyleClass().add("order-marker");
                Text n = new Text(c.getX() - 4, c.getY() + 5, Integer.toString(index + 1));
                n.getStyleClass().add("order-number");
                markers.getChildren().addAll(dot, n);
            }
        });
    }

    /** The rating icon drawn on a part, or null where there is none. */
    Text icon(String partId) {
        return icons.get(partId);
    }

    /** The icon with its plate, the unit that is scaled and hidden; null where there is none. */
    Group iconMark(String partId) {
        return iconMarks.get(partId);
    }

    /** How wide an icon a part can hold, in figure units: the widest circle inside it, else its narrower side. */
    double iconRoom(String partId) {
        IconSpot spot = spots.get(partId);
        if (spot != null) {
            return 2 * spot.room();
        }
        Bounds b = shapes.get(partId).getBoundsInParent();
        return Math.min(b.getWidth(), b.getHeight());
    }
}
