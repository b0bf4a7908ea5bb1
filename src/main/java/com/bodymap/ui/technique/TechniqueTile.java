package com.bodymap.ui.technique;

import com.bodymap.i18n.Messages;
import com.bodymap.ui.common.CardText;
import com.bodymap.model.Technique;
import java.util.List;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import com.bodymap.picture.Picture;
import com.bodymap.ui.common.PictureView;
import com.bodymap.ui.common.WrappingFlow;
import javafx.scene.layout.StackPane;
import java.util.Optional;

/**
 * One card in the library grid: a small drawing of the position, title, tool, dose and the regions
 * it serves with their ratings.
 * It acts as a button: a click, Enter or Space opens the full card. (A VBox rather than a Button,
 * because a Button lays its graphic out at one-line width and the wrapped title would be clipped.)
 */
final class TechniqueTile extends VBox {
    static final double TILE_PICTURE_WIDTH = 220;
    private final Runnable open;

    TechniqueTile(Technique t, List<com.bodymap.model.Region> regions, Optional<Picture> picture, Runnable open,
                  String dose, Messages messages) {
        this.open = open;
        setId("tile-" + t.id());
        getStyleClass().add("technique-tile");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(messages.text("library.tile.accessible", t.title(), t.tool()));

        Label title = CardText.heading(t.title(), "tile-title");
        Label tool = CardText.paragraph(messages.text("card.tool", t.tool()));
        tool.getStyleClass().add("tile-tool");
        Label doseLine = CardText.paragraph(messages.text("card.dose", dose));
        doseLine.getStyleClass().add("tile-dose");
        FlowPane marks = new FlowPane();
        marks.getStyleClass().add("tile-regions");
        for (com.bodymap.model.Region r : regions) {
            Label mark = new Label(r.rating().icon() + " " + r.name());
            mark.getStyleClass().addAll("tile-region", "rating-" + r.rating().word());
            marks.getChildren().add(mark);
        }
        WrappingFlow.fit(marks);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        // A small drawing of the position heads the tile; the tile's own text already names it.
        picture.ifPresent(p -> {
            PictureView view = new PictureView(p, TILE_PICTURE_WIDTH);
            view.setId("tile-picture-" + t.id());
            StackPane holder = new StackPane(view);
            holder.getStyleClass().add("tile-picture");
            getChildren().add(holder);
        });
        getChildren().addAll(title, tool, doseLine, spacer, marks);

        setOnMouseClicked(e -> {
            requestFocus();
            open.run();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open.run();
                e.consume();
            }
        });
    }

    /**
     * A tile is as wide as the grid's tiles. TilePane sizes tiles whose content wraps at the widest
     * child's preferred width and measures their height at that width; without this the one-line
     * width of a long title would win, and titles would be cut to one line.
     */
    @Override
    protected double computePrefWidth(double height) {
        if (getParent() instanceof TilePane grid && grid.getPrefTileWidth() > 0) {
            return grid.getPrefTileWidth();
        }
        return super.computePrefWidth(height);
    }

    /** Screen readers "press" the tile through this. */
    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            open.run();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
