package com.bodymap.ui.technique;

import com.bodymap.i18n.Messages;
import com.bodymap.ui.common.CardText;
import com.bodymap.model.Rating;
import com.bodymap.model.Technique;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The technique library: a search field and three filters above a grid of card tiles. Arrow keys
 * move between tiles, Enter opens one; Down from the search field reaches the first tile.
 *
 * <p>The grid is a TilePane of focusable tiles, not ControlsFX GridView: GridView has no selection
 * or focus model, gives every cell one fixed size (so long titles are clipped), and virtualises its
 * rows, so Tab cannot reach tiles scrolled out of view. With a few dozen cards virtualising buys
 * nothing, and a TilePane keeps every tile reachable and readable.
 */
public final class TechniqueBrowser extends BorderPane {
    private static final double MIN_TILE_WIDTH = 250;

    private final TechniqueBrowserViewModel model;
    private final TilePane tiles = new TilePane();
    private final ScrollPane scroller = new ScrollPane(tiles);
    private final Map<Technique, TechniqueTile> tileFor = new HashMap<>();
    private final TextField search = new TextField();
    private final Messages messages;

    public TechniqueBrowser(TechniqueBrowserViewModel model) {
        this.model = model;
        this.messages = model.messages();
        setId("technique-browser");
        getStyleClass().add("technique-browser");
        setTop(filters());
        setCenter(grid());
        model.shown().addListener((ListChangeListener<Technique>) c -> showTiles());
        showTiles();
    }

    /** Puts the keyboard in the search field, ready to type. */
    public void focusSearch() {
        search.requestFocus();
    }

    private VBox filters() {
        Label heading = CardText.heading(messages.text("library.title"), "page-title");
        Label intro = CardText.paragraph(messages.text("library.intro"));
        search.setId("library-search");
        search.setPromptText(messages.text("library.search.prompt"));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnAction(e -> focusFirstTile());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                focusFirstTile();
                e.consume();
            }
        });
        Label count = new Label();
        count.setId("library-count");
        count.getStyleClass().add("library-count");
        count.textProperty().bind(model.countText());
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button clear = new Button(messages.text("library.clear"));
        clear.setId("filter-clear");
        clear.disableProperty().bind(model.filtered().not());
        clear.setOnAction(e -> model.clearFilters());
        clear.setMinWidth(Button.USE_PREF_SIZE);
        HBox searchRow = new HBox(labelled(messages.text("library.search"), search), clear, count);
        searchRow.getStyleClass().add("search-row");

        ComboBox<FilterChoice<String>> tool = combo("filter-tool", model.toolChoices(), messages.text("library.tool.tip"));
        tool.valueProperty().bindBidirectional(model.toolProperty());
        ComboBox<FilterChoice<String>> region = combo("filter-region", model.regionChoices(), messages.text("library.region.tip"));
        region.valueProperty().bindBidirectional(model.regionProperty());
        ComboBox<FilterChoice<Rating>> rating = combo("filter-rating", model.ratingChoices(),
                messages.text("library.rating.tip"));
        rating.valueProperty().bindBidirectional(model.ratingProperty());
        FlowPane filterRow = new FlowPane(labelled(messages.text("library.tool"), tool),
                labelled(messages.text("library.region"), region), labelled(messages.text("library.rating"), rating));
        filterRow.getStyleClass().add("filter-row");
        VBox top = new VBox(heading, intro, searchRow, filterRow);
        top.getStyleClass().add("library-top");
        return top;
    }

    /** A control with its label in front; Alt and the underlined letter jump to it. */
    private static HBox labelled(String text, Control control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.getStyleClass().add("filter-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(label, control);
        box.getStyleClass().add("labelled-control");
        return box;
    }

    private static <T> ComboBox<FilterChoice<T>> combo(String id, List<FilterChoice<T>> choices, String tip) {
        ComboBox<FilterChoice<T>> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        box.setAccessibleText(tip);
        box.setVisibleRowCount(14);
        return box;
    }

    private Node grid() {
        tiles.setId("technique-grid");
        tiles.getStyleClass().add("technique-grid");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("library-scroller");
        scroller.viewportBoundsProperty().addListener((obs, old, bounds) -> fitTiles(bounds.getWidth()));
        Label empty = new Label(messages.text("library.empty"));
        empty.setId("library-empty");
        empty.getStyleClass().add("library-empty");
        empty.visibleProperty().bind(Bindings.isEmpty(model.shown()));
        empty.setMouseTransparent(true);
        return new StackPane(scroller, empty);
    }

    /** As many columns as fit at the narrowest readable tile, sharing the width between them. */
    private void fitTiles(double width) {
        double inner = width - tiles.getInsets().getLeft() - tiles.getInsets().getRight();
        double gap = tiles.getHgap();
        int columns = Math.max(1, (int) ((inner + gap) / (MIN_TILE_WIDTH + gap)));
        double tileWidth = Math.floor((inner - gap * (columns - 1)) / columns);
        if (tileWidth != tiles.getPrefTileWidth()) {
            tiles.setPrefTileWidth(tileWidth);
            tiles.setPrefColumns(columns);
            // Each tile's height depends on the tile width; drop the heights cached for the old one.
            tileFor.values().forEach(Parent::requestLayout);
        }
    }

    private void showTiles() {
        tiles.getChildren().setAll(model.shown().stream().map(this::tile).toList());
    }

    private TechniqueTile tile(Technique t) {
        return tileFor.computeIfAbsent(t, k -> {
            TechniqueTile tile = new TechniqueTile(k, model.regionsOf(k), model.pictureOf(k), () -> model.open(k),
                    model.tileDose(k), messages);
            tile.addEventHandler(KeyEvent.KEY_PRESSED, this::moveFocus);
            tile.focusedProperty().addListener((obs, was, now) -> {
                if (now) {
                    scrollIntoView(tile);
                }
            });
            return tile;
        });
    }

    private void focusFirstTile() {
        if (!tiles.getChildren().isEmpty()) {
            tiles.getChildren().get(0).requestFocus();
        }
    }

    /** Arrow keys move through the grid; the ScrollPane would otherwise take them to scroll. */
    private void moveFocus(KeyEvent e) {
        List<Node> shown = tiles.getChildren();
        int index = shown.indexOf((Node) e.getSource());
        if (index < 0) {
            return;
        }
        int columns = columns();
        int target = switch (e.getCode()) {
            case LEFT -> index - 1;
            case RIGHT -> index + 1;
            case UP -> index - columns;
            case DOWN -> index + columns;
            case HOME -> 0;
            case END -> shown.size() - 1;
            default -> Integer.MIN_VALUE;
        };
        if (target == Integer.MIN_VALUE) {
            return;
        }
        e.consume();
        if (target < 0) {
            search.requestFocus();
        } else if (target < shown.size()) {
            shown.get(target).requestFocus();
        } else if (e.getCode() == KeyCode.DOWN && index / columns < (shown.size() - 1) / columns) {
            // Down from a row above a shorter last row lands on the last tile.
            shown.get(shown.size() - 1).requestFocus();
        }
    }

    /** Tiles on the first row share its y; counting them gives the number of columns laid out. */
    private int columns() {
        List<Node> shown = tiles.getChildren();
        if (shown.isEmpty()) {
            return 1;
        }
        double firstY = shown.get(0).getLayoutY();
        int n = 0;
        for (Node tile : shown) {
            if (tile.getLayoutY() != firstY) {
                break;
            }
            n++;
        }
        return Math.max(1, n);
    }

    private void scrollIntoView(Node tile) {
        double contentHeight = tiles.getBoundsInLocal().getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = tile.getBoundsInParent();
        double top = scroller.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top) {
            scroller.setVvalue(b.getMinY() / (contentHeight - viewport));
        } else if (b.getMaxY() > top + viewport) {
            scroller.setVvalue((b.getMaxY() - viewport) / (contentHeight - viewport));
        }
    }
}
