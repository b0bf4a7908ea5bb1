package com.bodymap.ui.common;

import com.bodymap.i18n.Messages;
import com.bodymap.model.Rating;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The small text pieces the card, the tiles and the safety panel share: headings, paragraphs, bullets. */
public final class CardText {
    private CardText() {
    }

    public static Label heading(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }

    /** A wrapped paragraph that takes the width it is given. */
    public static Label paragraph(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add("paragraph");
        return l;
    }

    public static List<Node> bullets(List<String> items) {
        return items.stream().map(CardText::bullet).toList();
    }

    public static Node bullet(String text) {
        Label dot = new Label("\u2022");
        dot.getStyleClass().add("bullet");
        dot.setMinWidth(Label.USE_PREF_SIZE);
        Label body = paragraph(text);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(dot, body);
        row.getStyleClass().add("bullet-row");
        return row;
    }

    /** A rating as icon and word in its colour, small enough to sit beside a region's name. */
    public static Label ratingMark(Rating rating, Messages messages) {
        Label mark = new Label(rating.icon() + " " + messages.label(rating));
        mark.getStyleClass().addAll("rating-mark", "rating-" + rating.word());
        mark.setMinWidth(Label.USE_PREF_SIZE);
        return mark;
    }
}
