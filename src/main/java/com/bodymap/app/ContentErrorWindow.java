package com.bodymap.app;

import com.bodymap.content.ContentProblem;
import com.bodymap.i18n.Messages;
import com.bodymap.ui.common.Stylesheets;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Shown instead of the app when the content cannot be used: a readable list of every problem,
 * never a stack trace or a half-working map.
 */
final class ContentErrorWindow {
    private final List<ContentProblem> problems;
    private final Messages messages;

    /** The problems are the validator's own lines, in English: they are for whoever edits the content files. */
    ContentErrorWindow(List<ContentProblem> problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    void show(Stage stage) {
        Label heading = new Label(messages.text("contentError.heading", problems.size()));
        heading.getStyleClass().add("error-heading");
        Label hint = new Label(messages.text("contentError.hint"));
        hint.setWrapText(true);
        ListView<String> list = new ListView<>();
        list.setId("content-problems");
        problems.forEach(p -> list.getItems().add(p.toString()));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button close = new Button(messages.text("button.close"));
        close.setDefaultButton(true);
        close.setOnAction(e -> Platform.exit());
        HBox buttons = new HBox(close);
        buttons.getStyleClass().add("button-bar");
        VBox root = new VBox(heading, hint, list, buttons);
        root.getStyleClass().add("content-error-window");
        Scene scene = new Scene(root, 760, 420);
        Stylesheets.apply(scene);
        stage.setTitle(messages.text("contentError.title"));
        stage.setScene(scene);
        stage.show();
    }
}
