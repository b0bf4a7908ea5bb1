package com.bodymap.app;

import com.bodymap.content.ContentProblem;
import com.bodymap.files.ErrorLog;
import com.bodymap.i18n.ErrorWording;
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
    private final List<String> lines;
    private final String heading;
    private final String hint;
    private final Messages messages;

    /** The problems are the validator's own lines, in English: they are for whoever edits the content files. */
    ContentErrorWindow(List<ContentProblem> problems, Messages messages) {
        this(problems.stream().map(ContentProblem::toString).toList(),
                messages.text("contentError.heading", problems.size()), messages.text("contentError.hint"), messages);
    }

    private ContentErrorWindow(List<String> lines, String heading, String hint, Messages messages) {
        this.lines = lines;
        this.heading = heading;
        this.hint = hint;
        this.messages = messages;
    }

    /** For a bug rather than a broken file: one line naming it and where its details are. */
    static ContentErrorWindow internalError(String summary, ErrorLog.Where details, Messages messages) {
        return new ContentErrorWindow(List.of(messages.text("internalError.line", summary, new ErrorWording(messages).where(details))),
                messages.text("internalError.heading"), messages.text("internalError.hint"), messages);
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
