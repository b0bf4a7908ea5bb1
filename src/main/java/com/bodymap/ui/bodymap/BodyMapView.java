package com.bodymap.ui.bodymap;

import com.bodymap.i18n.Messages;
import com.bodymap.model.Figure;
import com.bodymap.model.Rating;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolVerdict;
import com.bodymap.model.View;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The interactive body map: the figure, or front and back side by side in a window at least
 * {@value #BOTH_VIEWS_WIDTH} px wide, filling the pane; a caption naming the hovered region with the
 * zoom buttons; and a legend that explains the ratings without relying on colour.
 * Keyboard: arrows move between regions, Enter or Space opens one, F flips front and back,
 * Ctrl+plus/minus zoom, Ctrl+0 fits, Shift+arrows pan. Ctrl+F and other shortcuts are left to the menus.
 */
public final class BodyMapView extends BorderPane {
    public static final double BOTH_VIEWS_WIDTH = 1200;

    private final BodyMapViewModel model;
    private final Map<View, FigureLayer> layers = new EnumMap<>(View.class);
    private final Map<View, MapNavigator> navigators = new EnumMap<>(View.class);
    private final MapViewport viewport;
    private final Messages messages;

    public BodyMapView(BodyMapViewModel model, Map<View, Figure> figures) {
        this.model = model;
        this.messages = model.messages();
        setId("body-map");
        getStyleClass().add("body-map");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.text(
                (model.isShowingBoth() ? "map.accessible.both." : "map.accessible.one.") + model.getView().key()),
                model.viewProperty(), model.showingBothProperty()));
        for (Map.Entry<View, Figure> e : figures.entrySet()) {
            FigureLayer layer = new FigureLayer(e.getValue(), model.content(), model.hoveredProperty()::set, model::select,
                    model.toolProperty(), model::describe);
            layers.put(e.getKey(), layer);
            navigators.put(e.getKey(), new MapNavigator(layer.centres()));
        }
        viewport = new MapViewport(model, figures, layers);
        setCenter(viewport);
        setTop(caption());
        setBottom(legend());
        model.roomForBothProperty().bind(sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::widthProperty)
                .map(w -> w.doubleValue() >= BOTH_VIEWS_WIDTH).orElse(false));
        model.viewProperty().addListener((obs, old, v) -> showViews());
        model.showingBothProperty().addListener((obs, old, both) -> showViews());
        model.selectedProperty().addListener((obs, old, part) -> {
            layers.values().forEach(l -> l.markSelected(part == null ? null : part.id()));
            viewport.reveal(part);
        });
        model.cursorProperty().addListener((obs, old, part) -> {
            layers.values().forEach(l -> l.markCursor(part == null ? null : part.id()));
            viewport.reveal(part);
        });
        model.highlighted().addListener((javafx.collections.ListChangeListener<String>) c -> {
            layers.values().forEach(l -> l.markHighlighted(model.highlighted()));
            viewport.refreshMarks();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        setOnMouseClicked(e -> requestFocus());
        showViews();
    }

    public void zoomIn() {
        viewport.zoomIn();
    }

    public void zoomOut() {
        viewport.zoomOut();
    }

    public void fitFigure() {
        viewport.fit();
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            // Only the zoom keys: Ctrl+F, Ctrl+B and the rest belong to the menus.
            switch (code) {
                case PLUS, EQUALS, ADD -> viewport.zoomIn();
                case MINUS, SUBTRACT -> viewport.zoomOut();
                case DIGIT0, NUMPAD0 -> viewport.fit();
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        if (e.isAltDown() || e.isMetaDown() || e.isControlDown()) {
            return;
        }
        if (e.isShiftDown()) {
            switch (code) {
                case UP -> viewport.panStep(0, -1);
                case DOWN -> viewport.panStep(0, 1);
                case LEFT -> viewport.panStep(-1, 0);
                case RIGHT -> viewport.panStep(1, 0);
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
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

    private void showViews() {
        View view = model.getView();
        List<View> shown = model.isShowingBoth() ? List.copyOf(layers.keySet()) : List.of(view);
        if (!shown.equals(viewport.shownViews())) {
            viewport.show(shown);
        }
        viewport.markActive(view);
        viewport.turnTo(view);
        RegionPart cursor = model.cursorProperty().get();
        if (cursor != null && !layers.get(view).contains(cursor.id())) {
            model.cursorProperty().set(null);
            if (isFocused()) {
                startCursor();
            }
        }
    }

    private VBox caption() {
        Label hover = new Label();
        hover.setId("hover-label");
        hover.getStyleClass().add("hover-label");
        hover.setMaxWidth(Double.MAX_VALUE);
        hover.setMinWidth(0);
        HBox.setHgrow(hover, Priority.ALWAYS);
        hover.textProperty().bind(Bindings.createStringBinding(() -> {
            RegionPart p = model.hoveredProperty().get() != null ? model.hoveredProperty().get() : model.cursorProperty().get();
            return p == null ? " " : model.verdict(p).icon() + "  " + model.describe(p);
        }, model.hoveredProperty(), model.cursorProperty(), model.toolProperty()));
        Label elsewhere = new Label();
        elsewhere.setId("elsewhere-hint");
        elsewhere.getStyleClass().add("elsewhere-hint");
        elsewhere.setWrapText(true);
        elsewhere.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(elsewhere.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(420);
        elsewhere.setTooltip(whole);
        elsewhere.textProperty().bind(Bindings.createStringBinding(this::elsewhereHint, model.highlighted(),
                model.viewProperty(), model.showingBothProperty()));
        // Always laid out, with room reserved in CSS: a caption that appeared on click would push
        // the figure down under the pointer, and the next click would land on another region.
        HBox top = new HBox(hover, zoomButtons());
        top.getStyleClass().add("map-caption-row");
        VBox box = new VBox(top, elsewhere);
        box.getStyleClass().add("map-caption");
        return box;
    }

    private HBox zoomButtons() {
        Button out = zoomButton("zoom-out", "\u2212", messages.text("map.zoomOut.tip"), viewport::zoomOut);
        Button in = zoomButton("zoom-in", "+", messages.text("map.zoomIn.tip"), viewport::zoomIn);
        Button fit = zoomButton("zoom-fit", messages.text("map.fit"), messages.text("map.fit.tip"), viewport::fit);
        var fitted = Bindings.createBooleanBinding(() -> model.getZoom().isFit(), model.zoomProperty());
        out.disableProperty().bind(fitted);
        fit.disableProperty().bind(fitted);
        in.disableProperty().bind(Bindings.createBooleanBinding(() -> model.getZoom().factor() >= MapZoom.MAX - 1e-6, model.zoomProperty()));
        HBox box = new HBox(out, in, fit);
        box.setId("zoom-controls");
        box.getStyleClass().add("zoom-controls");
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static Button zoomButton(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("zoom-button");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        // Clicking a zoom button leaves the keyboard on the map.
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * The look-elsewhere regions by number, each run of them named with the view it is on. Kept short
     * (names without their explanations) because the room above the figure is fixed: a caption that
     * grew on click would move the figure under the pointer.
     */
    private String elsewhereHint() {
        if (model.highlighted().isEmpty()) {
            return messages.text("map.elsewhere.none");
        }
        StringBuilder b = new StringBuilder(messages.text("map.elsewhere.lead"));
        View run = null;
        int n = 0;
        for (String id : model.highlighted()) {
            var region = model.content().region(id).orElse(null);
            if (region == null) {
                continue;
            }
            if (run != null && region.view() != run) {
                b.append(' ').append(onView(run)).append(messages.text("map.elsewhere.viewSeparator"));
            } else if (run != null) {
                b.append(messages.text("list.separator"));
            }
            run = region.view();
            b.append(++n).append(' ').append(region.name().replaceFirst("\\s*\\(.*\\)$", ""));
        }
        if (run != null) {
            b.append(' ').append(onView(run)).append('.');
        }
        return b.toString();
    }

    private String onView(View v) {
        if (model.isShowingBoth()) {
            return messages.text("map.elsewhere.onView." + v.key());
        }
        return v == model.getView() ? messages.text("map.elsewhere.thisView")
                : messages.text("map.elsewhere.otherView." + v.key());
    }

    /**
     * The tool picker with the line saying what the map shows beside it (wrapping there rather than
     * taking a row of its own, so a small window keeps room for the figure), then the ratings.
     */
    private VBox legend() {
        Label showing = showingLabel();
        showing.setWrapText(true);
        showing.setMinWidth(0);
        HBox.setHgrow(showing, Priority.ALWAYS);
        ComboBox<ToolChoice> picker = toolPicker();
        picker.setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(picker, showing);
        tools.getStyleClass().add("map-tools-row");
        FlowPane ratings = new FlowPane();
        ratings.getStyleClass().add("map-ratings");
        for (Rating r : Rating.values()) {
            ratings.getChildren().add(legendItem(r.word(), r.icon() + " " + messages.text("map.legend." + r.word())));
        }
        ToolVerdict none = ToolVerdict.DOES_NOT_FIT;
        Label doesNotFit = legendItem(none.word(), none.icon() + " " + messages.text("map.legend." + none.word()));
        // Only a single tool can fail to fit, so the item shows only then; its room is always kept, so
        // choosing a tool never moves the figure under the pointer.
        doesNotFit.visibleProperty().bind(model.toolProperty().isNotNull());
        ratings.getChildren().add(doesNotFit);
        VBox legend = new VBox(tools, ratings);
        legend.setId("map-legend");
        legend.getStyleClass().add("map-legend");
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

    /** A picker entry: one tool, or none for all tools (the headline ratings); equal by tool alone. */
    record ToolChoice(Tool tool, String name) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ToolChoice c && c.tool == tool;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(tool);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ToolChoice choice(Tool tool) {
        return new ToolChoice(tool, tool == null ? messages.text("map.tools.all") : messages.label(tool));
    }

    /** All tools or one tool; choosing one recolours the map. */
    private ComboBox<ToolChoice> toolPicker() {
        ComboBox<ToolChoice> picker = new ComboBox<>();
        picker.setId("tool-picker");
        picker.getItems().add(choice(null));
        for (Tool t : Tool.values()) {
            picker.getItems().add(choice(t));
        }
        picker.setValue(choice(model.getTool()));
        picker.valueProperty().addListener((obs, old, c) -> model.chooseTool(c == null ? null : c.tool()));
        model.toolProperty().addListener((obs, old, t) -> picker.setValue(choice(t)));
        picker.setTooltip(new Tooltip(messages.text("map.tools.tip")));
        picker.setAccessibleText(messages.text("map.tools.accessible"));
        return picker;
    }

    private Label showingLabel() {
        Label showing = new Label();
        showing.setId("map-tool-shown");
        showing.getStyleClass().add("legend-showing");
        showing.textProperty().bind(Bindings.createStringBinding(model::showing, model.toolProperty()));
        return showing;
    }
}
