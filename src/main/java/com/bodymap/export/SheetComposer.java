package com.bodymap.export;

import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.export.SheetBlock.Badge;
import com.bodymap.export.SheetBlock.Heading;
import com.bodymap.export.SheetBlock.ItemList;
import com.bodymap.export.SheetBlock.Paragraph;
import com.bodymap.export.SheetBlock.PageBreak;
import com.bodymap.export.SheetBlock.Table;
import com.bodymap.export.SheetBlock.Title;
import com.bodymap.model.Figure;
import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Technique;
import com.bodymap.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.bodymap.picture.Picture;
import com.bodymap.picture.Pictures;
import com.bodymap.picture.Sketch;

/**
 * Builds printable documents from the content: technique cards, a region page (with its cards
 * only when asked for), the whole library as a booklet, and a personal plan. Every document
 * carries the disclaimer as its footnote, so it is printed at the foot of every page.
 */
public final class SheetComposer {
    public static final String BOOKLET_ID = "all";
    /** Appended to a region or part id ("lumbar-spine+cards"): the region page followed by its cards. */
    public static final String WITH_CARDS = "+cards";

    private final ContentRepository content;
    private final TechniqueCardSheet cards;
    private final RegionPageSheet regionPages;
    private final BookletSheet booklet;
    private final FigureViews figures;
    private final Pictures pictures;
    private final Messages messages;

    /** Sheets in English, naming the emergency number of this computer's country (tests, the benchmark). */
    public SheetComposer(ContentRepository content, Map<View, Figure> figures) {
        this(content, figures, Messages.of(new Locale("en", Locale.getDefault().getCountry())), Pictures.none());
    }

    /** {@code messages} word the sheets; their locale's country decides which emergency number the red-flag boxes name. */
    public SheetComposer(ContentRepository content, Map<View, Figure> figures, Messages messages) {
        this(content, figures, messages, Pictures.none());
    }

    /**
     * {@code pictures} are drawn on technique cards (their positions) and plans (the checks' test
     * positions).
     */
    public SheetComposer(ContentRepository content, Map<View, Figure> figures, Messages messages, Pictures pictures) {
        this.content = content;
        this.messages = messages;
        this.figures = new FigureViews(figures, messages);
        this.pictures = pictures;
        this.cards = new TechniqueCardSheet(content, this.figures, pictures, messages);
        this.regionPages = new RegionPageSheet(content, this.figures, messages);
        this.booklet = new BookletSheet(content, this.figures, regionPages, cards, messages);
    }

    /**
     * One document for a list of ids, in order: a region id (its page), a part id such as
     * "glutes-left" (the same, with that side highlighted), either of them followed by
     * {@link #WITH_CARDS} (the page, then its cards in full), a technique id, or "all".
     */
    public SheetDocument forIds(List<String> ids) throws UnknownSheetIdException {
        List<String> unknown = ids.stream().filter(id -> !isKnown(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownSheetIdException(unknown);
        }
        if (ids.isEmpty()) {
            throw new UnknownSheetIdException(List.of(""));
        }
        List<SheetDocument> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(forId(id));
        }
        List<String> titles = parts.stream().map(SheetDocument::title).toList();
        return SheetDocument.combine(joinTitles(titles), messages.text("sheet.subject.sheets",
                String.join(messages.text("list.separator"), titles)), footnote(), parts);
    }

    public boolean isKnown(String id) {
        if (id.endsWith(WITH_CARDS)) {
            String page = id.substring(0, id.length() - WITH_CARDS.length());
            return content.region(page).isPresent() || content.part(page).isPresent();
        }
        return BOOKLET_ID.equals(id) || content.region(id).isPresent() || content.technique(id).isPresent()
                || content.part(id).isPresent();
    }

    private SheetDocument forId(String id) {
        if (BOOKLET_ID.equals(id)) {
            return booklet();
        }
        boolean withCards = id.endsWith(WITH_CARDS);
        String page = withCards ? id.substring(0, id.length() - WITH_CARDS.length()) : id;
        Optional<Region> region = content.region(page);
        if (region.isPresent()) {
            return regionPage(region.get().parts(), withCards);
        }
        Optional<Technique> technique = content.technique(page);
        if (technique.isPresent()) {
            return techniqueCards(List.of(technique.get()));
        }
        return regionPage(List.of(content.part(page).orElseThrow()), withCards);
    }

    public SheetDocument techniqueCards(List<Technique> techniques) {
        List<SheetBlock> blocks = new ArrayList<>();
        for (Technique t : techniques) {
            if (!blocks.isEmpty()) {
                blocks.add(new PageBreak());
            }
            blocks.addAll(cards.blocks(t));
        }
        String title = joinTitles(techniques.stream().map(Technique::title).toList());
        return new SheetDocument(title, messages.text("card.windowTitle"), footnote(), blocks);
    }

    /** A region page on its own (its cards listed, not printed); {@code parts} are the sides to highlight. */
    public SheetDocument regionPage(List<RegionPart> parts) {
        return regionPage(parts, false);
    }

    /** A region page, followed by its technique cards in full when {@code withCards}. */
    public SheetDocument regionPage(List<RegionPart> parts, boolean withCards) {
        Region region = parts.get(0).region();
        List<SheetBlock> blocks = new ArrayList<>(regionPages.blocks(region, parts));
        if (withCards) {
            for (Technique t : content.techniquesFor(region)) {
                if (t != null) {
                    blocks.add(new PageBreak());
                    blocks.addAll(cards.blocks(t));
                }
            }
        }
        return new SheetDocument(region.name(), messages.text(withCards ? "sheet.subject.regionWithCards" : "sheet.subject.region"),
                footnote(), blocks);
    }

    public SheetDocument booklet() {
        return new SheetDocument(booklet.title(), messages.text("sheet.subject.booklet"), footnote(), booklet.blocks());
    }

    /** A personal plan: summary, results table, the cards in order, then each card in full. */
    public SheetDocument plan(PersonalPlan plan) {
        List<Technique> planCards = new ArrayList<>();
        for (String id : plan.techniqueIds()) {
            planCards.add(content.technique(id).orElseThrow(() ->
                    new IllegalArgumentException("the plan names an unknown technique '" + id + "'")));
        }
        Map<String, Rating> parts = new LinkedHashMap<>();
        List<Badge> badges = new ArrayList<>();
        for (String partId : plan.highlightedParts()) {
            content.part(partId).ifPresent(p -> {
                parts.put(p.id(), p.region().rating());
                badges.add(Badge.of(p.region().rating(), new ModelWording(messages).partName(p), messages));
            });
        }
        List<SheetBlock> blocks = new ArrayList<>();
        blocks.add(new Title(plan.title(), messages.text("sheet.plan"), plan.summary(), badges, figures.showing(parts), null));
        if (!plan.tableHeader().isEmpty()) {
            blocks.add(new Heading(messages.text("sheet.plan.results")));
            blocks.add(new Table(plan.tableHeader(), plan.tableRows(), List.of()));
        }
        checkDrawings(plan, blocks);
        if (!plan.steps().isEmpty() || !plan.closing().isBlank()) {
            blocks.add(new Heading(messages.text("report.release")));
            if (!plan.steps().isEmpty()) {
                blocks.add(new ItemList(plan.steps(), true));
            }
            if (!plan.closing().isBlank()) {
                blocks.add(new Paragraph(plan.closing()));
            }
        }
        if (!planCards.isEmpty()) {
            blocks.add(new Heading(messages.text("sheet.plan.cards")));
            blocks.add(new ItemList(planCards.stream().map(Technique::title).toList(), true));
        }
        for (Technique t : planCards) {
            blocks.add(new PageBreak());
            blocks.addAll(cards.blocks(t));
        }
        return new SheetDocument(plan.title(), messages.text("sheet.plan"), footnote(), blocks);
    }

    /** How each check was done: its test position, so the plan can be re-tested the same way. */
    private void checkDrawings(PersonalPlan plan, List<SheetBlock> blocks) {
        List<Sketch> sketches = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < plan.checkIds().size(); i++) {
            List<Picture> drawings = pictures.forCheck(plan.checkIds().get(i));
            if (!drawings.isEmpty()) {
                sketches.add(TechniqueCardSheet.onPaper(drawings.get(0), Pictures.ASPECT));
                captions.add(plan.checkNames().get(i));
            }
        }
        if (!sketches.isEmpty()) {
            blocks.add(new Heading(messages.text("sheet.plan.checks")));
            blocks.add(new SheetBlock.Drawings(sketches, captions));
        }
    }

    private String footnote() {
        return content.safety() == null || content.safety().disclaimer() == null ? "" : content.safety().disclaimer();
    }

    /** "A", "A and B", "A, B and C", "A, B and 3 more". */
    String joinTitles(List<String> titles) {
        if (titles.isEmpty()) {
            return messages.text("sheet.title.none");
        }
        if (titles.size() <= 3) {
            return messages.list(titles);
        }
        return messages.text("sheet.title.more", titles.get(0), titles.get(1), titles.size() - 2);
    }
}
