package com.bodymap.ui.sheet;

import com.bodymap.i18n.Messages;
import com.bodymap.ui.common.Stylesheets;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks what to print: a filterable list of sheets to tick. Its result is the ticked ids. */
public final class SheetChooserDialog extends Dialog<List<String>> {
    private final ButtonType preview;

    public SheetChooserDialog(Window owner, SheetChooserViewModel model, Messages messages) {
        preview = new ButtonType(messages.text("print.chooser.preview"), ButtonBar.ButtonData.OK_DONE);
        initOwner(owner);
        setTitle(messages.text("print.chooser.title"));
        setHeaderText(messages.text("print.chooser.header"));
        setResizable(true);
        TextField filter = new TextField();
        filter.setId("sheet-filter");
        filter.setPromptText(messages.text("print.chooser.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        ListView<SheetChoice> list = new ListView<>(model.shown());
        list.setId("sheet-choices");
        list.setCellFactory(CheckBoxListCell.forListView(SheetChoice::selectedProperty));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("sheet-choice-summary");
        summary.textProperty().bind(model.summary());
        CheckBox withCards = new CheckBox(messages.text("print.chooser.withCards"));
        withCards.setMnemonicParsing(true);
        withCards.setId("sheet-with-cards");
        withCards.selectedProperty().bindBidirectional(model.withCardsProperty());
        VBox content = new VBox(filter, list, withCards, summary);
        content.getStyleClass().add("sheet-chooser");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(preview, ButtonType.CANCEL);
        for (String sheet : Stylesheets.ALL) {
            getDialogPane().getStylesheets().add(Stylesheets.url(sheet));
        }
        Node previewButton = getDialogPane().lookupButton(preview);
        previewButton.setId("sheet-choose-preview");
        previewButton.disableProperty().bind(model.anySelected().not());
        setResultConverter(button -> button == preview ? model.selectedIds() : null);
        setOnShown(e -> filter.requestFocus());
    }

    public Optional<List<String>> ask() {
        return showAndWait();
    }
}
