package com.bodymap.ui.region;

import com.bodymap.ui.sources.SourceText;
import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.model.Claim;
import com.bodymap.model.Disagreement;
import com.bodymap.model.Region;
import com.bodymap.model.RegionPart;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Side;
import com.bodymap.model.Source;
import com.bodymap.model.Suggestion;
import com.bodymap.model.Technique;
import com.bodymap.model.ToolRating;
import com.bodymap.model.Viewpoint;
import com.bodymap.ui.sources.CitationChips;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import com.bodymap.ui.common.PictureView;

/**
 * The page beside the map: name and side, rating badge, why, what to do instead, the cards that
 * apply, where sources disagree, the evidence behind the rating, numbered sources and the footer.
 * Each part's page is built the first time it is shown and kept (see {@link PageCache}), so a
 * second click on a region only swaps the page in.
 */
public final class RegionPage extends ScrollPane {
    static final double CARD_PICTURE_WIDTH = 150;
    private final RegionPageViewModel model;
    private final Messages messages;
    private final SourceText sourceText;
    private final PageCache cache = new PageCache();
    private VBox body = new VBox();

    public RegionPage(RegionPageViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.sourceText = new SourceText(messages);
        setId("region-page");
        getStyleClass().add("region-page");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        model.partProperty().addListener((obs, old, part) -> show(part));
        show(model.partProperty().get());
    }

    private void show(RegionPart part) {
        boolean fresh = !cache.contains(part);
        body = cache.page(part);
        setContent(body);
        setVvalue(0);
        if (fresh) {
            build(part);
        }
        cache.settle(this);
    }

    private void build(RegionPart part) {
        if (part == null) {
            body.getChildren().addAll(heading(messages.text("region.none.title"), "page-title"),
                    paragraph(messages.text("region.none.how")),
                    paragraph(messages.text("region.none.sides")));
            return;
        }
        Region region = part.region();
        Label title = heading(region.name(), "page-title");
        title.setId("region-title");
        Label side = new Label(sideText(part));
        side.getStyleClass().add("page-side");
        RatingBadge badge = new RatingBadge(region.rating(), messages);
        badge.setId("region-rating");
        HBox titleRow = new HBox(title, badge);
        titleRow.getStyleClass().add("title-row");
        Label summary = paragraph(region.summary());
        summary.setId("region-summary");
        summary.getStyleClass().add("summary");
        body.getChildren().addAll(titleRow, side, summary);
        model.deepNote(region).ifPresent(note -> body.getChildren().add(deepNote(note)));
        if (!model.actions().isEmpty()) {
            FlowPane actions = new FlowPane();
            actions.getStyleClass().add("page-actions");
            for (RegionPageViewModel.PageAction a : model.actions()) {
                Button b = new Button(a.label());
                b.setId("action-" + a.id());
                b.setOnAction(e -> a.run().accept(part));
                actions.getChildren().add(b);
            }
            body.getChildren().add(actions);
        }

        if (!region.toolRatings().isEmpty()) {
            section(messages.text("region.byTool"), List.of(toolTable(region)));
        }
        section(messages.text("region.why"), region.why().stream().map(c -> claim(region, c)).toList());
        if (!region.lookElsewhere().isEmpty()) {
            section(messages.text("region.lookElsewhere"), List.of(lookElsewhere(region)));
        }
        section(messages.text("region.instead"), region.instead().stream().map(s -> suggestion(region, s)).toList());
        if (model.showsRedFlags(region)) {
            body.getChildren().add(redFlagBox(region));
        }
        for (Disagreement d : region.disagreements()) {
            section(messages.text("region.disagree", d.topic()), List.of(disagreement(region, d)));
        }
        section(messages.text("region.cards"), model.techniques(region).stream().map(t -> cardSummary(t, region)).toList());
        section(messages.text("region.evidence"), List.of(paragraph(region.evidence())));
        section(messages.text("sources.title"), List.of(sourceList(region)));
        Label footer = paragraph(model.content().safety().disclaimer());
        footer.setId("disclaimer");
        footer.getStyleClass().add("disclaimer");
        body.getChildren().add(footer);
    }

    private static Label deepNote(String note) {
        Label deep = new Label(note);
        deep.setId("region-deep");
        deep.getStyleClass().add("page-side");
        deep.setWrapText(true);
        return deep;
    }

    private String sideText(RegionPart part) {
        return messages.text("region.side." + part.region().view().key() + "." + part.side().key());
    }

    private void section(String title, List<Node> items) {
        if (items.isEmpty()) {
            return;
        }
        VBox box = new VBox(heading(title, "section-title"));
        box.getChildren().addAll(items);
        box.getStyleClass().add("page-section");
        body.getChildren().add(box);
    }

    private Node claim(Region region, Claim claim) {
        VBox box = new VBox(paragraph(claim.text()), citations(region, claim.sources()));
        box.getStyleClass().add("claim");
        return box;
    }

    private Node suggestion(Region region, Suggestion s) {
        VBox box = new VBox(paragraph(s.text()));
        box.getStyleClass().add("claim");
        // One link a line, each wrapping: a long region name in large text must not widen the page.
        VBox links = new VBox();
        links.getStyleClass().add("links");
        if (s.region() != null) {
            Hyperlink link = new Hyperlink(messages.text("region.showOnMap", model.regionName(s.region())));
            link.setWrapText(true);
            link.setId("instead-" + s.region());
            link.setOnAction(e -> model.openRegion(s.region()));
            links.getChildren().add(link);
        }
        if (s.technique() != null) {
            model.content().technique(s.technique()).ifPresent(t -> {
                Hyperlink card = new Hyperlink(messages.text("region.openCardNamed", t.title()));
                card.setWrapText(true);
                card.setId("instead-card-" + t.id());
                card.setOnAction(e -> model.openCard(t.id()));
                links.getChildren().add(card);
            });
        }
        if (!links.getChildren().isEmpty()) {
            box.getChildren().add(links);
        }
        box.getChildren().add(citations(region, s.sources()));
        return box;
    }

    private Node lookElsewhere(Region region) {
        VBox box = new VBox(paragraph(messages.text("region.lookElsewhere.intro")));
        box.setId("look-elsewhere");
        int n = 1;
        for (String id : region.lookElsewhere()) {
            Hyperlink link = new Hyperlink(messages.text("region.lookElsewhere.item", n++, model.regionName(id)));
            link.setId("elsewhere-" + id);
            link.setOnAction(e -> model.openRegion(id));
            box.getChildren().add(link);
        }
        return box;
    }

    /**
     * The red flags in one box for a region of the back, as on its sheet: the emergency signs with
     * the number to call, then the urgent ones. The full list, one sign a line, is in Before you roll.
     */
    private Node redFlagBox(Region region) {
        SafetyGuide safety = model.content().safety();
        Label mark = new Label("\u26A0 " + messages.text("redFlags.word"));
        mark.getStyleClass().add("flag-word");
        mark.setMinWidth(Label.USE_PREF_SIZE);
        Label meaning = heading(messages.text("redFlags.meaning"), "flag-meaning");
        HBox head = new HBox(mark, meaning);
        head.getStyleClass().add("flag-head");
        ModelWording words = model.words();
        Label emergency = paragraph(messages.text("redFlags.emergency", model.emergencyInstruction(),
                words.signs(safety.emergencyRedFlags()), ""));
        Label urgent = paragraph(messages.text("redFlags.urgent", words.signs(safety.urgentRedFlags()), ""));
        VBox box = new VBox(head, emergency, urgent, citations(region, safety.redFlagSources()));
        box.setId("region-red-flags");
        box.getStyleClass().addAll("flag-box", "flag-emergency", "region-red-flags");
        box.setAccessibleText(messages.text("redFlags.accessible"));
        return box;
    }

    /**
     * Tool, badge, why and the card for it, one row per tool. A card that uses the tool is "how to";
     * one that does not is the alternative, labelled "Instead".
     */
    private Node toolTable(Region region) {
        GridPane grid = new GridPane();
        grid.setId("tool-table");
        grid.getStyleClass().add("tool-table");
        // The badge sits under the tool's name, so the reason keeps room beside them at large text.
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints why = new ColumnConstraints();
        why.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, why);
        int row = 0;
        for (ToolRating t : model.toolRatings(region)) {
            Label tool = new Label(messages.label(t.tool()));
            tool.getStyleClass().add("tool-name");
            // The name wraps ("Vibrating / roller") down to the badge's width when the page is narrow,
            // but only between words: a German compound ("Vibrationsrolle") is never cut in two.
            tool.setWrapText(true);
            keepWordsWhole(tool);
            RatingBadge verdict = new RatingBadge(t.rating(), messages);
            verdict.setId("tool-rating-" + t.tool().id());
            verdict.setMinWidth(RatingBadge.USE_PREF_SIZE);
            verdict.setMaxWidth(RatingBadge.USE_PREF_SIZE);
            VBox reason = new VBox(paragraph(t.reason()));
            if (t.technique() != null) {
                model.content().technique(t.technique()).ifPresent(card -> {
                    Hyperlink link = new Hyperlink(messages.text(t.cardIsAlternative(card) ? "region.toolCard.instead"
                            : "region.toolCard.how", card.title()));
                    link.setId("tool-card-" + t.tool().id());
                    link.setWrapText(true);
                    link.setOnAction(e -> model.openCard(card.id()));
                    reason.getChildren().add(link);
                });
            }
            reason.getChildren().add(citations(region, t.sources()));
            reason.setId("tool-row-" + t.tool().id());
            VBox toolCell = new VBox(tool, verdict);
            toolCell.getStyleClass().add("tool-cell");
            grid.addRow(row++, toolCell, reason);
            GridPane.setValignment(toolCell, javafx.geometry.VPos.TOP);
        }
        return grid;
    }

    /** Every side, each labelled, stacked so each keeps the page's full width for its text. */
    private Node disagreement(Region region, Disagreement d) {
        VBox box = new VBox(paragraph(messages.text("region.disagree.intro")));
        box.setId("disagreement-" + region.disagreements().indexOf(d));
        box.getStyleClass().add("disagreement");
        List<Viewpoint> viewpoints = d.viewpoints();
        for (int i = 0; i < viewpoints.size(); i++) {
            Viewpoint v = viewpoints.get(i);
            Label label = new Label(messages.text(i == 0 ? "region.disagree.one" : "region.disagree.another"));
            label.getStyleClass().add("viewpoint-label");
            VBox side = new VBox(label, paragraph(v.position()), citations(region, v.sources()));
            side.setId(box.getId() + "-view-" + (i + 1));
            side.getStyleClass().add("viewpoint");
            box.getChildren().add(side);
        }
        return box;
    }

    private Node cardSummary(Technique t, Region region) {
        Label title = new Label(t.title());
        title.getStyleClass().add("card-title");
        Label tool = new Label(messages.text("card.tool", t.tool()));
        Label dose = new Label(messages.text("card.dose", model.words().shortDose(t.dose())));
        dose.setWrapText(true);
        Hyperlink open = new Hyperlink(messages.text("region.openCard"));
        open.setId("open-card-" + t.id());
        open.setOnAction(e -> model.openCard(t.id()));
        VBox card = new VBox(title, tool, dose, open);
        card.setId("card-" + t.id());
        card.getStyleClass().add("card-summary");
        return model.pictureOf(t, region).<Node>map(p -> {
            PictureView view = new PictureView(p, CARD_PICTURE_WIDTH);
            view.setId("card-picture-" + t.id());
            view.setMinWidth(CARD_PICTURE_WIDTH);
            HBox.setHgrow(card, Priority.ALWAYS);
            HBox row = new HBox(view, card);
            row.getStyleClass().add("card-summary-row");
            return row;
        }).orElse(card);
    }

    private Node citations(Region region, List<String> sourceIds) {
        // In reference-list order, as the page numbers them.
        List<Source> sources = sourceIds.stream()
                .sorted(java.util.Comparator.comparingInt(id -> model.sourceNumber(region, id)))
                .map(model.content()::source).flatMap(Optional::stream).toList();
        return new CitationChips(sources, id -> model.sourceNumber(region, id), sourceText);
    }

    private Node sourceList(Region region) {
        VBox list = new VBox();
        list.setId("source-list");
        int n = 1;
        for (Source s : model.sources(region)) {
            Label line = paragraph(messages.text("source.number", n++) + " " + sourceText.reference(s));
            line.getStyleClass().add("source-line");
            list.getChildren().add(line);
        }
        return list;
    }

    private static Label heading(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }

    private static Label paragraph(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("paragraph");
        return l;
    }

    /** Keeps a wrapping label at least as wide as its longest word, in whatever font the CSS gives it. */
    static void keepWordsWhole(Label label) {
        Runnable fit = () -> {
            double widest = 0;
            for (String word : label.getText().split("\\s+")) {
                javafx.scene.text.Text t = new javafx.scene.text.Text(word);
                t.setFont(label.getFont());
                widest = Math.max(widest, t.getLayoutBounds().getWidth());
            }
            label.setMinWidth(Math.ceil(widest) + label.snappedLeftInset() + label.snappedRightInset() + 1);
        };
        label.fontProperty().addListener((obs, was, now) -> fit.run());
        fit.run();
    }
}
