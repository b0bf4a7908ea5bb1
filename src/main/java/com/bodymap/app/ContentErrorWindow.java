package com.bodymap.app;

import com.bodymap.content.ContentProblem;
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
    private final List<String> lines;
    private final String heading;
    private final String hint;

    ContentErrorWindow(List<ContentProblem> problems) {
        this(problems.stream().map(ContentProblem::toString).toList(),
                "Body Map cannot start: the content has " + problems.size() + (problems.size() == 1 ? " problem" : " problems"),
                "Fix each problem below in the file it names, then start Body Map again. "
                        + "Nothing you have saved has been changed.");
    }

    private ContentErrorWindow(List<String> lines, String heading, String hint) {
        this.lines = lines;
        this.heading = heading;
        this.hint = hint;
    }

    /** For a bug rather than a broken file: one line naming it and where its details are. */
    static ContentErrorWindow internalError(String summary, String whereDetails) {
        return new ContentErrorWindow(List.of("Internal error: " + summary + "; " + whereDetails + "."),
                "Body Map cannot start: an internal error",
                "This is a bug in Body Map, not a problem with your files. Nothing you have saved has been changed.");
    }

    void show(Stage stage) {
        Label heading = new Label(this.heading);
        heading.getStyleClass().add("error-heading");
        Label hint = new Label(this.hint);
        hint.setWrapText(true);
        ListView<String> list = new ListView<>();
        list.setId("content-problems");
        list.getItems().addAll(lines);
        VBox.setVgrow(list, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setOnAction(e -> Platform.exit());
        HBox buttons = new HBox(close);
        buttons.getStyleClass().add("button-bar");
        VBox root = new VBox(heading, hint, list, buttons);
        root.getStyleClass().add("content-error-window");
        Scene scene = new Scene(root, 760, 420);
        Stylesheets.apply(scene);
        stage.setTitle("Body Map: content problems");
        stage.setScene(scene);
        stage.show();
    }
}
