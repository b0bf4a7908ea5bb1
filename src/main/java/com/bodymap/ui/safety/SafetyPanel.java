package com.bodymap.ui.safety;

import com.bodymap.ui.sources.SourceText;
import com.bodymap.i18n.Messages;
import com.bodymap.model.Claim;
import com.bodymap.model.SafetyGuide;
import com.bodymap.ui.sources.CitationChips;
import com.bodymap.ui.sources.ReferenceList;
import com.bodymap.ui.common.CardText;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Before you roll": the red flags first, because they matter most (emergency ones in a box
 * marked with an icon and the word, not colour alone), then soreness versus tightness, the true
 * contraindications, the cautions under their own heading, the sources and the disclaimer.
 */
public final class SafetyPanel extends ScrollPane {
    private final SafetyPanelViewModel model;
    private final Messages messages;
    private final SourceText sourceText;

    public SafetyPanel(SafetyPanelViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.sourceText = new SourceText(messages);
        setId("safety-panel");
        getStyleClass().add("safety-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setContent(build());
    }

    private VBox build() {
        SafetyGuide g = model.guide();
        VBox body = new VBox();
        body.getStyleClass().add("safety-body");
        Label title = CardText.heading(messages.text("safety.title"), "page-title");
        title.setId("safety-title");
        Label intro = CardText.paragraph(messages.text("safety.intro"));
        body.getChildren().addAll(title, intro);
        body.getChildren().add(flagBox("emergency-red-flags", "emergency", "\u26A0", messages.text("safety.emergency"),
                messages.text("safety.emergency.meaning", model.emergencyInstruction()), g.emergencyRedFlags()));
        body.getChildren().add(flagBox("urgent-red-flags", "urgent", "\u26A0", messages.text("safety.urgent"),
                messages.text("safety.urgent.meaning"), g.urgentRedFlags()));
        if (!g.aboutRedFlags().isEmpty()) {
            body.getChildren().add(section("about-red-flags", messages.text("safety.about"), g.aboutRedFlags()));
        }
        body.getChildren().add(section("soreness-vs-tightness", messages.text("safety.soreness"), g.sorenessVersusTightness()));
        body.getChildren().add(section("contraindications", messages.text("safety.contraindications"), g.contraindications()));
        if (!g.cautions().isEmpty()) {
            body.getChildren().add(section("cautions", messages.text("safety.cautions"), g.cautions()));
        }
        VBox sources = new VBox(CardText.heading(messages.text("sources.title"), "section-title"),
                new ReferenceList(model.sources(), "safety-source-", model::showSource, sourceText));
        sources.setId("safety-sources");
        sources.getStyleClass().add("page-section");
        Label disclaimer = CardText.paragraph(g.disclaimer());
        disclaimer.setId("safety-disclaimer");
        disclaimer.getStyleClass().add("disclaimer");
        body.getChildren().addAll(sources, disclaimer);
        return body;
    }

    /** A box headed by an icon and a word, so its urgency reads without colour. */
    private VBox flagBox(String id, String level, String icon, String word, String meaning, List<Claim> flags) {
        Label mark = new Label(icon + " " + word);
        mark.getStyleClass().add("flag-word");
        mark.setMinWidth(Label.USE_PREF_SIZE);
        Label what = CardText.heading(meaning, "flag-meaning");
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox head = new HBox(mark, what);
        head.getStyleClass().add("flag-head");
        VBox box = new VBox(head);
        box.setId(id);
        box.getStyleClass().addAll("flag-box", "flag-" + level);
        box.setAccessibleText(messages.text("safety.box.accessible", word, meaning));
        for (int i = 0; i < flags.size(); i++) {
            Node item = claim(flags.get(i), true);
            item.setId(level + "-flag-" + (i + 1));
            box.getChildren().add(item);
        }
        return box;
    }

    private VBox section(String id, String title, List<Claim> claims) {
        VBox box = new VBox(CardText.heading(title, "section-title"));
        box.setId(id);
        box.getStyleClass().add("page-section");
        claims.forEach(c -> box.getChildren().add(claim(c, false)));
        return box;
    }

    private Node claim(Claim c, boolean bulleted) {
        Node text = bulleted ? CardText.bullet(c.text()) : CardText.paragraph(c.text());
        VBox box = new VBox(text, new CitationChips(model.sourcesOf(c), model::sourceNumber, sourceText));
        box.getStyleClass().add("claim");
        return box;
    }
}
