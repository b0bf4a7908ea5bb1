package com.bodymap.ui.technique;

import com.bodymap.ui.sources.SourceText;
import com.bodymap.i18n.Messages;
import com.bodymap.ui.common.CardText;
import com.bodymap.model.Region;
import com.bodymap.model.Technique;
import com.bodymap.ui.sources.ReferenceList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import com.bodymap.picture.Picture;
import com.bodymap.picture.Pictures;
import com.bodymap.ui.common.PictureView;
import com.bodymap.ui.common.WrappingFlow;

/**
 * A whole technique card: tool, regions it serves, set-up, numbered steps, dose, cues, common
 * mistakes, when not to do it, the evidence and the sources. Rebuilt when the card changes.
 */
public final class TechniqueCardView extends ScrollPane {
    private final TechniqueCardViewModel model;
    private final VBox body = new VBox();
    private final Messages messages;

    public TechniqueCardView(TechniqueCardViewModel model) {
        this.model = model;
        this.messages = model.messages();
        setId("card-view");
        getStyleClass().add("card-view");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        body.getStyleClass().add("card-view-body");
        setContent(body);
        model.techniqueProperty().addListener((obs, old, t) -> show(t));
        show(model.techniqueProperty().get());
    }

    private void show(Technique t) {
        body.getChildren().clear();
        setVvalue(0);
        if (t == null) {
            return;
        }
        Label title = CardText.heading(t.title(), "card-view-title");
        title.setId("card-title");
        Label tool = new Label(messages.text("card.tool", t.tool()));
        tool.setId("card-tool");
        tool.getStyleClass().addAll("fact-chip", "tool-chip");
        tool.setWrapText(true);
        Label dose = new Label(messages.text("card.dose", model.shortDose(t)));
        dose.getStyleClass().add("fact-chip");
        dose.setWrapText(true);
        // Stacked, not flowed: a chip in a FlowPane cannot wrap, and one long tool name would
        // widen the whole card past the window.
        VBox facts = new VBox(tool, dose);
        facts.getStyleClass().add("card-fact-list");
        body.getChildren().addAll(title, facts);

        section("card-pictures", messages.text("card.position"), pictures());
        section("card-regions", messages.text("card.regions"), List.of(regionLinks()));
        section("card-setup", messages.text("card.setup"), List.of(CardText.paragraph(t.setup())));
        section("card-steps", messages.text("card.steps"), steps(t.steps()));
        section("card-dose", messages.text("card.doseHeading"), List.of(dose(t)));
        section("card-cues", messages.text("card.cues"), CardText.bullets(t.cues()));
        section("card-mistakes", messages.text("card.mistakes"), CardText.bullets(t.mistakes()));
        section("card-when-not", messages.text("card.whenNot"), CardText.bullets(t.whenNot()));
        section("card-evidence", messages.text("region.evidence"), List.of(CardText.paragraph(t.evidence())));
        section("card-sources", messages.text("sources.title"), List.of(new ReferenceList(model.sources(), "card-source-",
                model::showSource, new SourceText(messages))));
    }

    private void section(String id, String title, List<Node> items) {
        if (items.isEmpty()) {
            return;
        }
        VBox box = new VBox(CardText.heading(title, "section-title"));
        box.getChildren().addAll(items);
        box.setId(id);
        box.getStyleClass().addAll("page-section", id);
        body.getChildren().add(box);
    }

    /** The drawings side by side (they wrap in a narrow window), each with its caption under it. */
    private List<Node> pictures() {
        List<Picture> list = model.pictures();
        if (list.isEmpty()) {
            return List.of();
        }
        FlowPane row = new FlowPane();
        row.getStyleClass().add("card-picture-row");
        double width = list.size() == 1 ? 380 : 270;
        double aspect = Pictures.commonAspect(list);
        for (int i = 0; i < list.size(); i++) {
            Picture p = list.get(i);
            PictureView view = new PictureView(p, width, aspect);
            view.setId("card-picture-" + (i + 1));
            VBox figure = new VBox(view);
            figure.getStyleClass().add("card-picture");
            if (!p.label().isEmpty()) {
                Label caption = new Label(p.label());
                caption.getStyleClass().add("picture-caption");
                figure.getChildren().add(caption);
            }
            row.getChildren().add(figure);
        }
        return List.of(row);
    }

    private Node regionLinks() {
        FlowPane links = new FlowPane();
        links.getStyleClass().add("region-links");
        for (Region r : model.regions()) {
            Hyperlink link = new Hyperlink(r.name());
            link.setId("card-region-" + r.id());
            link.setGraphic(CardText.ratingMark(r.rating(), messages));
            link.setAccessibleText(messages.text("card.regionLink.accessible", r.name(), messages.label(r.rating())));
            link.setOnAction(e -> model.openRegion(r.id()));
            links.getChildren().add(link);
        }
        WrappingFlow.fit(links);
        return links;
    }

    private List<Node> steps(List<String> steps) {
        VBox list = new VBox();
        list.getStyleClass().add("step-list");
        for (int i = 0; i < steps.size(); i++) {
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("step-number");
            number.setMinWidth(Label.USE_PREF_SIZE);
            Label text = CardText.paragraph(steps.get(i));
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(number, text);
            row.setId("card-step-" + (i + 1));
            row.getStyleClass().add("step");
            row.setAccessibleText(messages.text("card.step.accessible", i + 1, steps.get(i)));
            list.getChildren().add(row);
        }
        return steps.isEmpty() ? List.of() : List.of(list);
    }

    private Node dose(Technique t) {
        VBox box = new VBox();
        box.getStyleClass().add("dose-box");
        Label words = CardText.paragraph(t.dose().text());
        words.setId("card-dose-text");
        words.getStyleClass().add("dose-text");
        box.getChildren().add(words);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dose-grid");
        int row = 0;
        for (TechniqueCardViewModel.DoseLine line : model.doseLines()) {
            Label label = new Label(line.label());
            label.getStyleClass().add("dose-label");
            label.setMinWidth(Label.USE_PREF_SIZE);
            Label value = CardText.paragraph(line.value());
            grid.addRow(row++, label, value);
        }
        if (row > 0) {
            box.getChildren().add(grid);
        }
        return box;
    }
}
