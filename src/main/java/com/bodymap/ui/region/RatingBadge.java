package com.bodymap.ui.region;

import com.bodymap.i18n.Messages;
import com.bodymap.model.Rating;
import com.bodymap.model.ToolVerdict;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** A rating shown three ways at once: icon, word and colour, so it reads without colour too. */
public final class RatingBadge extends HBox {

    public RatingBadge(Rating rating, Messages messages) {
        this(rating.icon(), messages.label(rating), rating.word(), messages);
    }

    /** A tool's rating, "does not fit" included. */
    public RatingBadge(ToolVerdict verdict, Messages messages) {
        this(verdict.icon(), messages.label(verdict), verdict.word(), messages);
        getStyleClass().add("tool-badge");
    }

    private RatingBadge(String iconText, String label, String word, Messages messages) {
        Label icon = new Label(iconText);
        icon.getStyleClass().add("badge-icon");
        Label text = new Label(label);
        text.getStyleClass().add("badge-word");
        getChildren().addAll(icon, text);
        getStyleClass().addAll("badge", "rating-" + word);
        // A badge keeps its words whole and its pill shape: the title beside it wraps instead.
        setMinWidth(USE_PREF_SIZE);
        setMaxWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(messages.text("badge.accessible." + word));
    }
}
