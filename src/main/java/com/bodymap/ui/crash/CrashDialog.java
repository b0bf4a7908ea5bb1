package com.bodymap.ui.crash;

import com.bodymap.i18n.Messages;
import com.bodymap.ui.common.Stylesheets;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The plain dialog for an unexpected error: what happened, that nothing saved was lost, where
 * the log is, and a button to copy the details. One dialog at a time: errors that follow while it
 * is open are counted on it rather than opening a window each (a broken layout can fail on every
 * frame).
 */
public final class CrashDialog implements Consumer<CrashReport> {
    private final Window owner;
    private Stage stage;
    private Label more;
    private int followers;
    private final Messages messages;

    /** @param owner the main window, or null before it exists */
    public CrashDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** Safe from any thread: the dialog is shown on the JavaFX thread, after the failed event. */
    @Override
    public void accept(CrashReport report) {
        Platform.runLater(() -> show(report));
    }

    private void show(CrashReport report) {
        if (stage != null && stage.isShowing()) {
            followers++;
            more.setText(messages.text("crash.more", followers));
            more.setVisible(true);
            more.setManaged(true);
            return;
        }
        followers = 0;
        stage = new Stage();
        if (owner != null && owner.isShowing()) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.text("crash.window"));
        stage.setScene(scene(report));
        stage.show();
    }

    private Scene scene(CrashReport report) {
        Label heading = new Label(messages.text("crash.heading"));
        heading.getStyleClass().add("error-heading");
        Label what = wrapped(messages.text("crash.what", report.summary()));
        what.setId("crash-summary");
        Label safe = wrapped(messages.text("crash.safe"));
        Label log = wrapped(messages.text("crash.log", String.valueOf(report.logFile())));
        log.setId("crash-log");
        more = wrapped("");
        more.setId("crash-more");
        more.setVisible(false);
        more.setManaged(false);

        TextArea details = new TextArea(report.details());
        details.setId("crash-details");
        details.setEditable(false);
        details.setPrefRowCount(10);
        TitledPane detailsPane = new TitledPane(messages.text("crash.details"), details);
        detailsPane.setExpanded(false);
        detailsPane.setAnimated(false);

        Label copied = new Label();
        copied.setId("crash-copied");
        Button copy = new Button(messages.text("crash.copy"));
        copy.setId("crash-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.details());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(messages.text("crash.copied"));
        });
        Button close = new Button(messages.text("button.close"));
        close.setId("crash-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(copied, spacer, copy, close);
        buttons.getStyleClass().add("button-bar");

        VBox root = new VBox(heading, what, safe, log, more, detailsPane, buttons);
        root.getStyleClass().addAll("content-error-window", "crash-dialog");
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        Stylesheets.apply(scene);
        return scene;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
