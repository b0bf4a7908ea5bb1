package com.bodymap.ui.sources;

import com.bodymap.i18n.Messages;
import com.bodymap.model.Region;
import com.bodymap.model.Source;
import com.bodymap.model.SourceKind;
import com.bodymap.model.Technique;
import com.bodymap.ui.common.CardText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every source, grouped by kind: title, publisher, year, kind, whether the citation was checked,
 * what it supports, and links to the region pages, cards and safety guide that cite it.
 */
public final class SourcesView extends ScrollPane {
    private static final PseudoClass FOCUSED_SOURCE = PseudoClass.getPseudoClass("asked-for");

    private final SourcesViewModel model;
    private final Messages messages;
    private final SourceText words;
    private final VBox body = new VBox();
    private final Map<String, Node> entries = new HashMap<>();

    public SourcesView(SourcesViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.words = new SourceText(messages);
        setId("sources-view");
        getStyleClass().add("sources-view");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        body.getStyleClass().add("sources-body");
        setContent(body);
        build();
        model.focusedProperty().addListener((obs, old, id) -> markFocused(id));
    }

    private void build() {
        Label title = CardText.heading(messages.text("sources.title"), "page-title");
        long unverified = model.unverifiedCount();
        Label intro = CardText.paragraph(messages.text("sources.intro", model.total()) + " "
                + messages.text("sources.intro.checked", unverified)
                + (model.hasOwnJudgement() ? " " + messages.text("sources.intro.ownJudgement") : ""));
        TextField filter = new TextField();
        filter.setId("sources-filter");
        filter.setPromptText(messages.text("sources.filter.prompt"));
        filter.setAccessibleText(messages.text("sources.filter.accessible"));
        Label none = CardText.paragraph(messages.text("sources.none"));
        none.setId("sources-none");
        none.managedProperty().bind(none.visibleProperty());
        body.getChildren().addAll(title, intro, filter, none);
        List<VBox> sections = new ArrayList<>();
        for (SourcesViewModel.KindGroup group : model.groups()) {
            VBox section = new VBox(CardText.heading(plural(group.kind()), "section-title"));
            section.setId("kind-" + group.kind().key());
            section.getStyleClass().add("page-section");
            section.managedProperty().bind(section.visibleProperty());
            group.sources().forEach(s -> section.getChildren().add(entry(s)));
            body.getChildren().add(section);
            sections.add(section);
        }
        filter.textProperty().addListener((obs, old, query) -> applyFilter(query, sections, none));
        applyFilter("", sections, none);
    }

    /** Shows the entries that match; a kind with none left is hidden, heading and all. */
    private void applyFilter(String query, List<VBox> sections, Label none) {
        List<SourcesViewModel.KindGroup> groups = model.groups();
        boolean any = false;
        for (int i = 0; i < groups.size(); i++) {
            SourcesViewModel.KindGroup group = groups.get(i);
            int shown = 0;
            for (Source s : group.sources()) {
                boolean shows = model.matches(s, query);
                entries.get(s.id()).setVisible(shows);
                shown += shows ? 1 : 0;
            }
            int all = group.sources().size();
            ((Label) sections.get(i).getChildren().get(0)).setText(shown == all
                    ? messages.text("sources.kindCount", plural(group.kind()), all)
                    : messages.text("sources.kindCountOf", plural(group.kind()), shown, all));
            sections.get(i).setVisible(shown > 0);
            any |= shown > 0;
        }
        none.setVisible(!any);
    }

    private String plural(SourceKind kind) {
        return messages.label(kind, "plural");
    }

    private Node entry(Source s) {
        VBox box = new VBox();
        box.setId("source-" + s.id());
        box.getStyleClass().add("source-entry");
        Label title = CardText.heading(s.title(), "source-title");
        Label meta = CardText.paragraph(meta(s));
        meta.getStyleClass().add("source-meta");
        Label kind = new Label(s.kind().icon() + " " + words.kind(s));
        kind.getStyleClass().addAll("fact-chip", "kind-chip", "kind-" + s.kind().key());
        FlowPane chips = new FlowPane(kind);
        // The app's own judgement is not a published source: nothing to check it against.
        if (s.kind().published()) {
            Label checked = new Label(s.verified() ? "\u2714 " + messages.text("source.checked")
                    : "\u26A0 " + messages.text("source.notChecked"));
            checked.setId("source-" + (s.verified() ? "verified-" : "unverified-") + s.id());
            checked.getStyleClass().addAll("fact-chip", s.verified() ? "verified" : "unverified");
            chips.getChildren().add(checked);
        }
        chips.getStyleClass().add("card-facts");
        box.getChildren().addAll(title, meta, chips);
        String against = words.checkedSentence(s);
        if (against != null) {
            Label read = CardText.paragraph(against);
            read.setId("source-" + s.id() + "-checked-against");
            read.getStyleClass().add("source-note");
            box.getChildren().add(read);
        }
        if (s.note() != null && !s.note().isBlank()) {
            Label note = CardText.paragraph(s.note());
            note.getStyleClass().add("source-note");
            box.getChildren().add(note);
        }
        if (s.url() != null && !s.url().isBlank()) {
            // A read-only field, so a long address scrolls instead of being cut, and can be copied.
            TextField url = new TextField(s.url());
            url.setEditable(false);
            url.getStyleClass().add("source-url");
            url.setAccessibleText(messages.text("source.address", s.url()));
            box.getChildren().add(url);
        }
        if (!s.supports().isEmpty()) {
            box.getChildren().add(CardText.heading(messages.text("source.supports"), "source-subhead"));
            box.getChildren().addAll(CardText.bullets(s.supports()));
        }
        box.getChildren().add(citedBy(s));
        box.managedProperty().bind(box.visibleProperty());
        entries.put(s.id(), box);
        return box;
    }

    private String meta(Source s) {
        if (!s.kind().published()) {
            return messages.text("source.meta.ownJudgement");
        }
        String publisher = s.publisher() == null || s.publisher().isBlank() ? messages.text("source.noPublisher") : s.publisher();
        String year = s.year() == null || s.year().isBlank() ? messages.text("source.noYear") : s.year();
        return messages.text("source.meta", publisher, year);
    }

    private Node citedBy(Source s) {
        VBox box = new VBox(CardText.heading(messages.text("source.citedBy"), "source-subhead"));
        box.setId("source-" + s.id() + "-cited-by");
        box.getStyleClass().add("cited-by");
        List<Region> regions = model.regionsCiting(s.id());
        List<Technique> cards = model.cardsCiting(s.id());
        boolean safety = model.citedBySafetyGuide(s.id());
        if (!regions.isEmpty()) {
            HBox row = new HBox();
            FlowPane links = links(row, messages.text("source.citedBy.regions"));
            for (Region r : regions) {
                Hyperlink link = new Hyperlink(r.name());
                link.setId("source-" + s.id() + "-region-" + r.id());
                link.setGraphic(CardText.ratingMark(r.rating(), messages));
                link.setOnAction(e -> model.openRegion(r.id()));
                links.getChildren().add(link);
            }
            box.getChildren().add(row);
        }
        if (!cards.isEmpty()) {
            HBox row = new HBox();
            FlowPane links = links(row, messages.text("source.citedBy.cards"));
            for (Technique t : cards) {
                Hyperlink link = new Hyperlink(t.title());
                link.setId("source-" + s.id() + "-card-" + t.id());
                link.setOnAction(e -> model.openCard(t.id()));
                links.getChildren().add(link);
            }
            box.getChildren().add(row);
        }
        if (safety) {
            HBox row = new HBox();
            FlowPane links = links(row, messages.text("source.citedBy.safety"));
            Hyperlink link = new Hyperlink(messages.text("safety.title"));
            link.setId("source-" + s.id() + "-safety");
            link.setOnAction(e -> model.openSafety());
            links.getChildren().add(link);
            box.getChildren().add(row);
        }
        if (regions.isEmpty() && cards.isEmpty() && !safety) {
            box.getChildren().add(CardText.paragraph(messages.text("source.citedBy.none")));
        }
        return box;
    }

    /** A label in its own column, so wrapped links line up under each other, not under it. */
    private static FlowPane links(HBox row, String label) {
        Label l = new Label(label);
        l.getStyleClass().add("links-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add("cited-links");
        HBox.setHgrow(pane, Priority.ALWAYS);
        row.getChildren().addAll(l, pane);
        row.getStyleClass().add("cited-row");
        return pane;
    }

    /** Highlights the source asked for and scrolls it to the top of the view. */
    private void markFocused(String id) {
        entries.forEach((k, node) -> node.pseudoClassStateChanged(FOCUSED_SOURCE, k.equals(id)));
        Node entry = id == null ? null : entries.get(id);
        if (entry == null) {
            return;
        }
        applyCss();
        layout();
        double content = body.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (content > viewport) {
            Bounds b = body.sceneToLocal(entry.localToScene(entry.getBoundsInLocal()));
            // A little space above the entry, so its outline shows.
            setVvalue(Math.min(1, Math.max(0, (b.getMinY() - 8) / (content - viewport))));
        }
    }
}
