package com.bodymap.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.textfield.TextFields;

/**
 * The platform floor for the start benchmark: the least a JavaFX + ControlsFX window can be (a
 * label, a text field with ControlsFX completion), started from a plain main class on the same
 * class path as the app.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            TextField field = new TextField();
            TextFields.bindAutoCompletion(field, "one", "two");
            Scene scene = new Scene(new VBox(new Label("A bare JavaFX + ControlsFX window"), field), 1280, 860);
            stage.setTitle("Bare window");
            stage.setScene(scene);
            stage.show();
            FirstFrameProbe.installIfAsked(scene);
        }
    }
}
