package com.bodymap.ui.sources;

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

    public CitationChips(List<Source> sources, ToIntFunction<String> number) {
        getStyleClass().add("citations");
        for (Source s : sources) {
            String text = "[" + number.applyAsInt(s.id()) + "] " + s.kind().icon() + " " + s.kind().shortLabel()
                    + (s.unchecked() ? ", unchecked" : "");
            Label chip = new Label(text);
            chip.getStyleClass().addAll("citation", "kind-" + s.kind().key());
            if (s.unchecked()) {
                chip.getStyleClass().add("unverified");
            }
            chip.setTooltip(new Tooltip(s.citation() + "\n" + SourceText.kindSentence(s)));
            chip.setAccessibleText("Source " + number.applyAsInt(s.id()) + ": " + s.citation() + ", " + SourceText.kindSentence(s));
            getChildren().add(chip);
        }
    }
}
