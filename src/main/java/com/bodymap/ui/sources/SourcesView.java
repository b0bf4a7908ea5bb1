package com.bodymap.ui.sources;

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
    private final VBox body = new VBox();
    private final Map<String, Node> entries = new HashMap<>();

    public SourcesView(SourcesViewModel model) {
        this.model = model;
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
        Label title = CardText.heading("Sources", "page-title");
        long unverified = model.unverifiedCount();
        Label intro = CardText.paragraph(model.total() + " sources stand behind the app's claims. Each is marked with "
                + "its kind, so you can weigh it: a peer-reviewed study or systematic review counts for more than a coach's "
                + "article or a page that sells rollers."
                + " Each was checked against its abstract or page, where that could be found"
                + (unverified == 0 ? "." : "; " + unverified + " could not be, and " + (unverified == 1 ? "is" : "are")
                + " marked so.")
                + (model.hasOwnJudgement() ? " Where a claim is the app's own reasoning rather than any source's, it cites "
                + "the app's own judgement, listed last, so you can tell the two apart." : ""));
        TextField filter = new TextField();
        filter.setId("sources-filter");
        filter.setPromptText("Filter: a word from the title, author, year or what it supports (e.g. hamstring, 2019)");
        filter.setAccessibleText("Filter the sources");
        Label none = CardText.paragraph("No source matches that. Clear the filter to see them all.");
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
            ((Label) sections.get(i).getChildren().get(0)).setText(plural(group.kind())
                    + (shown == all ? " (" + all + ")" : " (" + shown + " of " + all + ")"));
            sections.get(i).setVisible(shown > 0);
            any |= shown > 0;
        }
        none.setVisible(!any);
    }

    private static String plural(SourceKind kind) {
        return switch (kind) {
            case STUDY -> "Peer-reviewed studies";
            case REVIEW -> "Systematic reviews and meta-analyses";
            case NARRATIVE_REVIEW -> "Narrative reviews";
            case COMMENTARY -> "Clinical commentaries";
            case GUIDELINE -> "Clinical guidelines and consensus statements";
            case CASE_REPORT -> "Case reports";
            case CLINICIAN_ARTICLE -> "Clinician articles";
            case COACH_ARTICLE -> "Coach and trainer articles";
            case PRACTITIONER_OPINION -> "Practitioner opinion";
            case VENDOR_PAGE -> "Vendor pages";
            case REFERENCE -> "Reference pages";
            case OWN_JUDGEMENT -> "The app's own judgement";
        };
    }

    private Node entry(Source s) {
        VBox box = new VBox();
        box.setId("source-" + s.id());
        box.getStyleClass().add("source-entry");
        Label title = CardText.heading(s.title(), "source-title");
        Label meta = CardText.paragraph(meta(s));
        meta.getStyleClass().add("source-meta");
        Label kind = new Label(s.kind().icon() + " " + SourceText.capitalise(s.kind().description()));
        kind.getStyleClass().addAll("fact-chip", "kind-chip", "kind-" + s.kind().key());
        FlowPane chips = new FlowPane(kind);
        // The app's own judgement is not a published source: nothing to check it against.
        if (s.kind().published()) {
            Label checked = new Label(s.verified() ? "\u2714 Checked" : "\u26A0 Could not be checked");
            checked.setId("source-" + (s.verified() ? "verified-" : "unverified-") + s.id());
            checked.getStyleClass().addAll("fact-chip", s.verified() ? "verified" : "unverified");
            chips.getChildren().add(checked);
        }
        chips.getStyleClass().add("card-facts");
        box.getChildren().addAll(title, meta, chips);
        String against = SourceText.checkedSentence(s);
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
            url.setAccessibleText("Address: " + s.url());
            box.getChildren().add(url);
        }
        if (!s.supports().isEmpty()) {
            box.getChildren().add(CardText.heading("What it supports", "source-subhead"));
            box.getChildren().addAll(CardText.bullets(s.supports()));
        }
        box.getChildren().add(citedBy(s));
        box.managedProperty().bind(box.visibleProperty());
        entries.put(s.id(), box);
        return box;
    }

    private static String meta(Source s) {
        if (!s.kind().published()) {
            return "Written for this app, where no source we found says it";
        }
        StringBuilder b = new StringBuilder(s.publisher() == null || s.publisher().isBlank() ? "Publisher not given" : s.publisher());
        b.append(s.year() == null || s.year().isBlank() ? ", year not given" : ", " + s.year());
        return b.toString();
    }

    private Node citedBy(Source s) {
        VBox box = new VBox(CardText.heading("Cited by", "source-subhead"));
        box.setId("source-" + s.id() + "-cited-by");
        box.getStyleClass().add("cited-by");
        List<Region> regions = model.regionsCiting(s.id());
        List<Technique> cards = model.cardsCiting(s.id());
        boolean safety = model.citedBySafetyGuide(s.id());
        if (!regions.isEmpty()) {
            HBox row = new HBox();
            FlowPane links = links(row, "Region pages:");
            for (Region r : regions) {
                Hyperlink link = new Hyperlink(r.name());
                link.setId("source-" + s.id() + "-region-" + r.id());
                link.setGraphic(CardText.ratingMark(r.rating()));
                link.setOnAction(e -> model.openRegion(r.id()));
                links.getChildren().add(link);
            }
            box.getChildren().add(row);
        }
        if (!cards.isEmpty()) {
            HBox row = new HBox();
            FlowPane links = links(row, "Cards:");
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
            FlowPane links = links(row, "Safety:");
            Hyperlink link = new Hyperlink("Before you roll");
            link.setId("source-" + s.id() + "-safety");
            link.setOnAction(e -> model.openSafety());
            links.getChildren().add(link);
            box.getChildren().add(row);
        }
        if (regions.isEmpty() && cards.isEmpty() && !safety) {
            box.getChildren().add(CardText.paragraph("Not cited on a region page, on a card or in Before you roll."));
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
