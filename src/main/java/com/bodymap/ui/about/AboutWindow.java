package com.bodymap.ui.about;

import com.bodymap.i18n.Messages;
import com.bodymap.app.AppInfo;
import com.bodymap.ui.common.DialogService;
import com.bodymap.ui.common.Stylesheets;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > About: the version, the app's licence, the libraries and font it ships with their
 * licences, the data folder (with a button to open it) and the log file. Built on first use.
 */
public final class AboutWindow {
    private final AppInfo info;
    private final Path dataFolder;
    private final Path logFile;
    private final FolderOpener opener;
    private final DialogService dialogs;
    private final Window owner;
    private Stage stage;

    private final Messages messages;

    public AboutWindow(AppInfo info, Path dataFolder, Path logFile, FolderOpener opener, DialogService dialogs, Window owner,
                       Messages messages) {
        this.messages = messages;
        this.info = info;
        this.dataFolder = dataFolder;
        this.logFile = logFile;
        this.opener = opener;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    public void open() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.initModality(Modality.NONE);
            stage.setTitle(messages.text("about.title"));
            Scene scene = new Scene(content());
            Stylesheets.apply(scene);
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    private VBox content() {
        Label title = new Label(info.name());
        title.getStyleClass().add("page-title");
        Label version = new Label(messages.text("about.version", info.version(), info.vendor()));
        version.setId("about-version");
        Label runtime = new Label(messages.text("about.runtime", System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("javafx.runtime.version", "?")));
        runtime.setWrapText(true);
        Label purpose = wrapped(messages.text("about.text"));

        TextArea licenceText = new TextArea(AppInfo.licenceText());
        licenceText.setEditable(false);
        licenceText.setWrapText(true);
        licenceText.setPrefRowCount(8);
        TitledPane licence = new TitledPane(messages.text("about.licence"), licenceText);
        licence.setId("about-licence");
        licence.setExpanded(false);
        licence.setAnimated(false);

        GridPane libraries = new GridPane();
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints licences = new javafx.scene.layout.ColumnConstraints();
        licences.setHgrow(Priority.ALWAYS);
        libraries.getColumnConstraints().addAll(names, licences);
        libraries.setId("about-libraries");
        libraries.getStyleClass().add("about-libraries");
        libraries.setHgap(12);
        libraries.setVgap(4);
        int row = 0;
        for (AppInfo.Component c : info.components()) {
            Label name = new Label(c.name() + (c.version().isEmpty() ? "" : " " + c.version()));
            name.getStyleClass().add("card-title");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label licenceName = wrapped(messages.text("about.component", c.licence(), messages.text("about.use." + c.use())));
            libraries.addRow(row++, name, licenceName);
        }

        TextField data = pathField("about-data-folder", dataFolder);
        Button openData = new Button(messages.text("about.openData"));
        openData.setId("about-open-data");
        openData.setOnAction(e -> openFolder(dataFolder));
        HBox.setHgrow(data, Priority.ALWAYS);
        TextField log = pathField("about-log-file", logFile);
        Button openLog = new Button(messages.text("about.openLog"));
        openLog.setId("about-open-log");
        openLog.setOnAction(e -> openFolder(logFile.getParent()));
        HBox.setHgrow(log, Priority.ALWAYS);

        Button close = new Button(messages.text("button.close"));
        close.setId("about-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.getStyleClass().add("button-bar");

        VBox root = new VBox(title, version, runtime, purpose, licence,
                section(messages.text("about.libraries")), libraries,
                section(messages.text("about.dataFolder")), new HBox(8, data, openData),
                section(messages.text("about.logFile")), new HBox(8, log, openLog), buttons);
        root.getStyleClass().addAll("content-error-window", "about-window");
        root.setPrefWidth(720);
        return root;
    }

    private void openFolder(Path folder) {
        try {
            opener.open(folder);
        } catch (IOException | RuntimeException e) {
            dialogs.showError(messages.text("about.cannotOpen"), messages.text("about.cannotOpen.text", folder.toString(),
                    String.valueOf(e.getMessage())));
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static TextField pathField(String id, Path path) {
        // Selectable, so the path can be copied into a file manager or an e-mail.
        TextField f = new TextField(path.toString());
        f.setId(id);
        f.setEditable(false);
        return f;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
