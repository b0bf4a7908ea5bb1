package com.bodymap.ui.bodymap;

import com.bodymap.model.Figure;
import com.bodymap.model.Rating;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolVerdict;
import com.bodymap.model.View;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The interactive body map: the figure for the current view scaled to the pane, a caption naming
 * the view and the hovered region, and a legend that explains the ratings without relying on colour.
 * Keyboard: arrows move between regions, Enter or Space opens one, F flips front and back.
 */
public final class BodyMapView extends BorderPane {
    private final BodyMapViewModel model;
    private final Map<View, FigureLayer> layers = new EnumMap<>(View.class);
    private final Map<View, MapNavigator> navigators = new EnumMap<>(View.class);
    private final Pane canvas = new Pane() {
        @Override
        protected void layoutChildren() {
            fitFigure();
        }
    };

    public BodyMapView(BodyMapViewModel model, Map<View, Figure> figures) {
        this.model = model;
        setId("body-map");
        getStyleClass().add("body-map");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> "Body map, "
                + model.getView().label().toLowerCase() + " view. Arrow keys move between regions, Enter opens one, F flips the view.",
                model.viewProperty()));
        for (Map.Entry<View, Figure> e : figures.entrySet()) {
            FigureLayer layer = new FigureLayer(e.getValue(), model.content(), model.hoveredProperty()::set, model::select,
                    model.toolProperty(), model::describe);
            layers.put(e.getKey(), layer);
            navigators.put(e.getKey(), new MapNavigator(layer.centres()));
        }
        canvas.getStyleClass().add("map-canvas");
        canvas.setMinSize(120, 200);
        setCenter(canvas);
        setTop(caption());
        setBottom(legend());
        model.viewProperty().addListener((obs, old, v) -> showView(v));
        model.selectedProperty().addListener((obs, old, part) -> layers.values().forEach(l -> l.markSelected(part == null ? null : part.id())));
        model.cursorProperty().addListener((obs, old, part) -> layers.values().forEach(l -> l.markCursor(part == null ? null : part.id())));
        model.highlighted().addListener((javafx.collections.ListChangeListener<String>) c ->
                layers.values().forEach(l -> l.markHighlighted(model.highlighted())));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        setOnMouseClicked(e -> requestFocus());
        showView(model.getView());
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case UP, DOWN, LEFT, RIGHT -> move(MapNavigator.Direction.valueOf(code.name()));
            case ENTER, SPACE -> model.openCursor();
            case F -> model.toggleView();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(MapNavigator.Direction direction) {
        RegionPart cursor = model.cursorProperty().get();
        View view = model.getView();
        if (cursor == null || !layers.get(view).contains(cursor.id())) {
            startCursor();
            return;
        }
        navigators.get(view).next(cursor.id(), direction).ifPresent(model::moveCursor);
    }

    private void startCursor() {
        View view = model.getView();
        navigators.get(view).first(layers.get(view).getBoundsInLocal().getWidth() / 2).ifPresent(model::moveCursor);
    }

    private void showView(View view) {
        canvas.getChildren().setAll(layers.get(view));
        RegionPart cursor = model.cursorProperty().get();
        if (cursor != null && !layers.get(view).contains(cursor.id())) {
            model.cursorProperty().set(null);
            if (isFocused()) {
                startCursor();
            }
        }
        canvas.requestLayout();
    }

    /** Scales the figure to fit the pane, keeping its proportions, centred. */
    private void fitFigure() {
        FigureLayer layer = layers.get(model.getView());
        double fw = layer.getBoundsInLocal().getWidth();
        double fh = layer.getBoundsInLocal().getHeight();
        double s = Math.min(canvas.getWidth() / fw, canvas.getHeight() / fh);
        if (!(s > 0)) {
            return;
        }
        double ox = (canvas.getWidth() - fw * s) / 2;
        double oy = (canvas.getHeight() - fh * s) / 2;
        layer.getTransforms().setAll(new Translate(ox, oy), new Scale(s, s));
    }

    private VBox caption() {
        Label view = new Label();
        view.setId("map-view-label");
        view.getStyleClass().add("map-view-label");
        view.textProperty().bind(Bindings.createStringBinding(() -> model.getView() == View.FRONT
                ? "Front view: the figure faces you, so its left is on your right"
                : "Back view: seen from behind, so its left is on your left", model.viewProperty()));
        view.setWrapText(true);
        Label hover = new Label();
        hover.setId("hover-label");
        hover.getStyleClass().add("hover-label");
        hover.textProperty().bind(Bindings.createStringBinding(() -> {
            RegionPart p = model.hoveredProperty().get() != null ? model.hoveredProperty().get() : model.cursorProperty().get();
            return p == null ? " " : model.verdict(p).icon() + "  " + model.describe(p);
        }, model.hoveredProperty(), model.cursorProperty(), model.toolProperty()));
        Label elsewhere = new Label();
        elsewhere.setId("elsewhere-hint");
        elsewhere.getStyleClass().add("elsewhere-hint");
        elsewhere.setWrapText(true);
        elsewhere.textProperty().bind(Bindings.createStringBinding(this::elsewhereHint, model.highlighted(), model.viewProperty()));
        // Always laid out, with room reserved in CSS: a caption that appeared on click would push
        // the figure down under the pointer, and the next click would land on another region.
        VBox box = new VBox(view, hover, elsewhere);
        box.getStyleClass().add("map-caption");
        return box;
    }

    /** The look-elsewhere regions in order, saying which view each is drawn on. */
    private String elsewhereHint() {
        if (model.highlighted().isEmpty()) {
            return "A red region's page shows where to look instead; those regions are then numbered on the figure.";
        }
        StringBuilder here = new StringBuilder();
        StringBuilder there = new StringBuilder();
        int n = 1;
        for (String id : model.highlighted()) {
            var region = model.content().region(id).orElse(null);
            if (region == null) {
                continue;
            }
            StringBuilder target = region.view() == model.getView() ? here : there;
            target.append(target.length() == 0 ? "" : ", ").append(n++).append(' ').append(region.name());
        }
        StringBuilder b = new StringBuilder("Look elsewhere first, numbered in order.");
        if (here.length() > 0) {
            b.append(" On this view: ").append(here).append('.');
        }
        if (there.length() > 0) {
            b.append(" On the ").append(model.getView().other().label().toLowerCase())
                    .append(" view (press F): ").append(there).append('.');
        }
        return b.toString();
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane();
        legend.setId("map-legend");
        legend.getStyleClass().add("map-legend");
        legend.getChildren().addAll(toolPicker(), showingLabel());
        for (Rating r : Rating.values()) {
            legend.getChildren().add(legendItem(r.word(), r.icon() + " " + r.label() + legendMeaning(r)));
        }
        ToolVerdict none = ToolVerdict.DOES_NOT_FIT;
        Label doesNotFit = legendItem(none.word(), none.icon() + " " + none.label() + " (the tool cannot reach it sensibly)");
        // Only a single tool can fail to fit, so the item shows only then; its room is always kept, so
        // choosing a tool never moves the figure under the pointer.
        doesNotFit.visibleProperty().bind(model.toolProperty().isNotNull());
        legend.getChildren().add(doesNotFit);
        return legend;
    }

    private static Label legendItem(String word, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", "rating-" + word);
        Label label = new Label(text);
        label.setGraphic(swatch);
        label.getStyleClass().add("legend-item");
        return label;
    }

    /** A picker entry: one tool, or none for all tools (the headline ratings). */
    record ToolChoice(Tool tool) {
        @Override
        public String toString() {
            return tool == null ? "All tools" : tool.label();
        }
    }

    /** All tools or one tool; choosing one recolours the map. */
    private ComboBox<ToolChoice> toolPicker() {
        ComboBox<ToolChoice> picker = new ComboBox<>();
        picker.setId("tool-picker");
        picker.getItems().add(new ToolChoice(null));
        for (Tool t : Tool.values()) {
            picker.getItems().add(new ToolChoice(t));
        }
        picker.setValue(new ToolChoice(model.getTool()));
        picker.valueProperty().addListener((obs, old, c) -> model.chooseTool(c == null ? null : c.tool()));
        model.toolProperty().addListener((obs, old, t) -> picker.setValue(new ToolChoice(t)));
        picker.setTooltip(new Tooltip("Colour the map for one tool, or show every region's overall rating"));
        picker.setAccessibleText("Tool shown on the map");
        return picker;
    }

    private Label showingLabel() {
        Label showing = new Label();
        showing.setId("map-tool-shown");
        showing.getStyleClass().add("legend-showing");
        showing.textProperty().bind(Bindings.createStringBinding(model::showing, model.toolProperty()));
        return showing;
    }

    private static String legendMeaning(Rating r) {
        return switch (r) {
            case AVOID -> " (do not roll)";
            case CAUTION -> " (only with care)";
            case FINE -> " (fine to roll)";
        };
    }

}
