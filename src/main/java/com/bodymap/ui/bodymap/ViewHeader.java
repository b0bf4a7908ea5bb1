package com.bodymap.ui.bodymap;

import com.bodymap.i18n.Messages;
import com.bodymap.model.View;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip above one figure: which view it is, and on which side the body's left and right are.
 * It is laid out in screen pixels, outside the zoomed drawing, so its words keep their size at any
 * zoom and in any window. {@code :active} marks the view the keyboard works on.
 */
final class ViewHeader extends HBox {
    static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final Label viewerLeft;
    private final Label viewerRight;

    ViewHeader(View view, Messages messages) {
        setId("map-header-" + view.key());
        getStyleClass().add("view-header");
        setAlignment(Pos.CENTER);
        // On the front view the figure faces the user, so its left is on the user's right.
        boolean front = view == View.FRONT;
        viewerLeft = side(messages.text(front ? "map.yourRight" : "map.yourLeft"), view.key() + "-label-viewer-left");
        viewerRight = side(messages.text(front ? "map.yourLeft" : "map.yourRight"), view.key() + "-label-viewer-right");
        Label title = new Label(messages.text("map.viewTitle." + view.key()));
        title.setId("map-caption-" + view.key());
        title.getStyleClass().add("view-title");
        title.setMinWidth(0);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        // One line, so the figure keeps the height: the sides say which way it faces, the tooltip says why.
        title.setTooltip(new Tooltip(messages.text("map.viewTip." + view.key())));
        HBox middle = new HBox(title);
        middle.setAlignment(Pos.CENTER);
        middle.setMinWidth(0);
        HBox.setHgrow(middle, Priority.ALWAYS);
        middle.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(viewerLeft, middle, viewerRight);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(messages.text("map.viewAccessible." + view.key()));
    }

    private static Label side(String words, String id) {
        Label l = new Label(words);
        l.setId(id);
        l.getStyleClass().add("side-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    void setActive(boolean active) {
        pseudoClassStateChanged(ACTIVE, active);
    }
}
