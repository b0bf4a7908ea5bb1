package com.bodymap.ui.common;

import java.io.File;
import java.util.Optional;
import com.bodymap.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The JavaFX dialogs. Each is owned by the app's window the user is working in (a print preview,
 * the wizard), or by the main window when none has the focus. Never by a window that a modal one
 * blocks: an alert owned by the main window while the print preview (modal over it) was open left
 * the menu bar unable to open its menus until the app was restarted, on a real GTK display; owned
 * by the preview, the same alert leaves them working (AlertOwnerMenusTest).
 */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final Messages messages;

    /** {@code messages} words the dialogs' own buttons, in the language the rest of the app speaks. */
    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** The focused window of the app, if it is a stage of its own, else the main window. */
    Window owner() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.isShowing() && w.isFocused())
                .findFirst()
                .orElse(owner);
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType ok = new ButtonType(messages.text("button.ok"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ok, new ButtonType(messages.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public Optional<File> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner()));
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.getButtonTypes().setAll(new ButtonType(messages.text("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner());
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A wrapped label of a fixed width: the default content text is clipped for long messages,
        // and a label sized to its text alone makes a long message a very wide window.
        Label text = new Label(message);
        text.setWrapText(true);
        text.setPrefWidth(460);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
