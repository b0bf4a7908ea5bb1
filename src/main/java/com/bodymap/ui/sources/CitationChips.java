package com.bodymap.ui.sources;

import com.bodymap.i18n.Messages;
import com.bodymap.model.Source;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The sources behind one claim, as small chips: the source's number in the page's reference list
 * and its kind with its symbol ("[2] ◌ Vendor"), so the weight of each claim is visible where it is
 * made. One that could not be checked says so on the chip itself ("unchecked").
 */
public final class CitationChips extends FlowPane {

    public CitationChips(List<Source> sources, ToIntFunction<String> number, SourceText words) {
        getStyleClass().add("citations");
        Messages messages = words.messages();
        for (Source s : sources) {
            String kind = s.kind().icon() + " " + messages.label(s.kind(), "short");
            String text = messages.text(s.unchecked() ? "source.chip.unchecked" : "source.chip", number.applyAsInt(s.id()), kind);
            Label chip = new Label(text);
            chip.getStyleClass().addAll("citation", "kind-" + s.kind().key());
            if (s.unchecked()) {
                chip.getStyleClass().add("unverified");
            }
            chip.setTooltip(new Tooltip(s.citation() + "\n" + words.kindSentence(s)));
            chip.setAccessibleText(messages.text("source.chip.accessible", number.applyAsInt(s.id()), s.citation(),
                    words.kindSentence(s)));
            getChildren().add(chip);
        }
    }
}
