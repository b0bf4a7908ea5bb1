package com.bodymap.ui.region;

import com.bodymap.model.Rating;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** A rating shown three ways at once: icon, word and colour, so it reads without colour too. */
public final class RatingBadge extends HBox {

    public RatingBadge(Rating rating) {
        Label icon = new Label(rating.icon());
        icon.getStyleClass().add("badge-icon");
        Label word = new Label(rating.label());
        word.getStyleClass().add("badge-word");
        getChildren().addAll(icon, word);
        getStyleClass().addAll("badge", "rating-" + rating.word());
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText("Rating: " + rating.word());
    }
}
