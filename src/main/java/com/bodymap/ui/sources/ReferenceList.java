package com.bodymap.ui.sources;

import com.bodymap.model.Source;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A numbered list of sources with their kind and whether the citation was checked. Each entry's
 * number opens the source in the sources view, where everything it supports is listed.
 */
public final class ReferenceList extends VBox {

    /**
     * @param idPrefix each line's id is idPrefix + source id, its number's that + "-number"
     * @param open     shows a source in the sources view
     */
    public ReferenceList(List<Source> sources, String idPrefix, Consumer<String> open, SourceText words) {
        getStyleClass().add("reference-list");
        int n = 1;
        for (Source s : sources) {
            Hyperlink number = new Hyperlink(words.messages().text("source.number", n++));
            number.getStyleClass().add("reference-number");
            number.setMinWidth(Hyperlink.USE_PREF_SIZE);
            number.setId(idPrefix + s.id() + "-number");
            number.setOnAction(e -> open.accept(s.id()));
            number.setAccessibleText(words.messages().text("source.number.accessible", n - 1));
            Label text = new Label(words.reference(s));
            text.setWrapText(true);
            text.getStyleClass().add("reference-text");
            if (s.unchecked()) {
                text.getStyleClass().add("unverified");
            }
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(number, text);
            line.setId(idPrefix + s.id());
            line.getStyleClass().add("reference-line");
            getChildren().add(line);
        }
    }
}
