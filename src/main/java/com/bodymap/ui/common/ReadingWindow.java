package com.bodymap.ui.common;

import com.bodymap.i18n.Messages;
import com.bodymap.ui.common.Stylesheets;
import java.util.Optional;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A non-modal window beside the main one, for reading a card, the library, the sources or the
 * safety guide while the map stays usable. Its stage is built on first use, so tests and the app
 * can assemble everything before any window exists. Escape closes it; F1 (or its header button)
 * opens "Before you roll", so the safety guide is reachable from every page.
 */
public final class ReadingWindow {
    /** The key that opens "Before you roll" from every window. */
    public static final KeyCombination SAFETY_KEY = new KeyCodeCombination(KeyCode.F1);

    private final Window owner;
    private final String name;
    private final ObservableStringValue title;
    private final Parent content;
    private final double width;
    private final double height;
    private final Optional<Runnable> openSafety;
    private final Messages messages;
    private Stage stage;

    /**
     * @param name       a short id ("card", "library"); node ids in the window start with it
     * @param openSafety opens "Before you roll"; empty for the safety window itself
     */
    public ReadingWindow(Window owner, String name, ObservableStringValue title, Parent content,
                         double width, double height, Optional<Runnable> openSafety, Messages messages) {
        this.owner = owner;
        this.messages = messages;
        this.name = name;
        this.title = title;
        this.content = content;
        this.width = width;
        this.height = height;
        this.openSafety = openSafety;
    }

    public void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
        // The content takes the keyboard, so arrow and page keys scroll it; left to the scene, the
        // first link in the content would, and the page would jump down to it.
        content.requestFocus();
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private Stage build() {
        Stage s = new Stage();
        s.initOwner(owner);
        s.titleProperty().bind(title);
        BorderPane root = new BorderPane(content);
        root.setId(name + "-window");
        root.getStyleClass().add("reading-window");
        root.setTop(header(s));
        Scene scene = new Scene(root, width, height);
        Stylesheets.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), s::close);
        openSafety.ifPresent(open -> scene.getAccelerators().put(SAFETY_KEY, open));
        s.setScene(scene);
        s.setMinWidth(360);
        s.setMinHeight(300);
        return s;
    }

    private HBox header(Stage s) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(spacer);
        bar.getStyleClass().add("reading-window-bar");
        openSafety.ifPresent(open -> {
            Button safety = new Button("\u26A0 " + messages.text("safety.title"));
            safety.setId(name + "-before-you-roll");
            safety.getStyleClass().add("safety-button");
            safety.setTooltip(new Tooltip(messages.text("safety.button.tip")));
            safety.setOnAction(e -> open.run());
            bar.getChildren().add(safety);
        });
        Button close = new Button(messages.text("button.close"));
        close.setId(name + "-close");
        close.setTooltip(new Tooltip(messages.text("window.close.tip")));
        close.setOnAction(e -> s.close());
        bar.getChildren().add(close);
        return bar;
    }
}
