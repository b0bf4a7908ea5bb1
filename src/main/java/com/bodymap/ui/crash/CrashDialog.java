package com.bodymap.ui.crash;

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

    /** @param owner the main window, or null before it exists */
    public CrashDialog(Window owner) {
        this.owner = owner;
    }

    /** Safe from any thread: the dialog is shown on the JavaFX thread, after the failed event. */
    @Override
    public void accept(CrashReport report) {
        Platform.runLater(() -> show(report));
    }

    private void show(CrashReport report) {
        if (stage != null && stage.isShowing()) {
            followers++;
            more.setText(followers + (followers == 1 ? " more unexpected error" : " more unexpected errors")
                    + " happened after this one; each is in the log.");
            more.setVisible(true);
            more.setManaged(true);
            return;
        }
        followers = 0;
        stage = new Stage();
        if (owner != null && owner.isShowing()) {
            stage.initOwner(owner);
        }
        stage.setTitle("Body Map: something went wrong");
        stage.setScene(scene(report));
        stage.show();
    }

    private Scene scene(CrashReport report) {
        Label heading = new Label("Something went wrong");
        heading.getStyleClass().add("error-heading");
        Label what = wrapped("Body Map ran into an unexpected problem (" + report.summary() + "), "
                + "and stopped what it was doing.");
        what.setId("crash-summary");
        Label safe = wrapped("Nothing you saved has been lost: your results and the files you saved are as they were. "
                + "You can go on using Body Map; if something looks wrong, close it and start it again.");
        Label log = wrapped("The details are in the log file: " + report.logFile());
        log.setId("crash-log");
        more = wrapped("");
        more.setId("crash-more");
        more.setVisible(false);
        more.setManaged(false);

        TextArea details = new TextArea(report.details());
        details.setId("crash-details");
        details.setEditable(false);
        details.setPrefRowCount(10);
        TitledPane detailsPane = new TitledPane("Details", details);
        detailsPane.setExpanded(false);
        detailsPane.setAnimated(false);

        Label copied = new Label();
        copied.setId("crash-copied");
        Button copy = new Button("_Copy details");
        copy.setId("crash-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.details());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText("Copied.");
        });
        Button close = new Button("Close");
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
