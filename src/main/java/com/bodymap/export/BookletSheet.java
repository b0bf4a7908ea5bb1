package com.bodymap.export;

import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.export.SheetBlock.Badge;
import com.bodymap.export.SheetBlock.Heading;
import com.bodymap.export.SheetBlock.PageBreak;
import com.bodymap.export.SheetBlock.Table;
import com.bodymap.export.SheetBlock.Title;
import com.bodymap.model.Claim;
import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Technique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole library as one booklet: a cover with the rated map and its key, "before you roll",
 * a contents table, every region page, then every technique card, each starting on a new page.
 */
final class BookletSheet {
    private final ContentRepository content;
    private final FigureViews figures;
    private final RegionPageSheet regionPages;
    private final TechniqueCardSheet cards;
    private final Messages messages;

    BookletSheet(ContentRepository content, FigureViews figures, RegionPageSheet regionPages, TechniqueCardSheet cards,
                 Messages messages) {
        this.content = content;
        this.figures = figures;
        this.regionPages = regionPages;
        this.cards = cards;
        this.messages = messages;
    }

    String title() {
        return messages.text("library.title");
    }

    List<SheetBlock> blocks() {
        List<SheetBlock> blocks = new ArrayList<>();
        Map<String, Rating> everyPart = new LinkedHashMap<>();
        content.parts().forEach(p -> everyPart.put(p.id(), p.region().rating()));
        blocks.add(new Title(title(), messages.text("sheet.booklet.kicker", content.regions().size(), content.techniques().size()),
                List.of(messages.text("sheet.booklet.intro"), messages.text("sheet.booklet.legend")),
                List.of(Badge.of(Rating.AVOID, messages.text("sheet.booklet.avoid"), messages),
                        Badge.of(Rating.CAUTION, messages.text("sheet.booklet.caution"), messages),
                        Badge.of(Rating.FINE, messages.text("sheet.booklet.fine"), messages)),
                figures.showing(everyPart), null));
        beforeYouRoll(blocks);
        contents(blocks);
        for (Region region : content.regions()) {
            blocks.add(new PageBreak());
            blocks.addAll(regionPages.blocks(region, region.parts()));
        }
        for (Technique t : content.techniques()) {
            blocks.add(new PageBreak());
            blocks.addAll(cards.blocks(t));
        }
        return blocks;
    }

    private void beforeYouRoll(List<SheetBlock> blocks) {
        SafetyGuide safety = content.safety();
        if (safety == null) {
            return;
        }
        List<String> cited = new ArrayList<>();
        safetySection(blocks, messages.text("sheet.booklet.soreOrTight"), safety.sorenessVersusTightness(), cited);
        safetySection(blocks, messages.text("sheet.booklet.emergency", new ModelWording(messages).emergencyCall(messages.locale())),
                safety.emergencyRedFlags(), cited);
        safetySection(blocks, messages.text("sheet.booklet.urgent"), safety.urgentRedFlags(), cited);
        safetySection(blocks, messages.text("safety.about"), safety.aboutRedFlags(), cited);
        safetySection(blocks, messages.text("safety.contraindications"), safety.contraindications(), cited);
        safetySection(blocks, messages.text("safety.cautions"), safety.cautions(), cited);
        TechniqueCardSheet.sources(blocks, messages.text("sheet.booklet.warningSources"),
                new SourceLines(content, messages).lines(cited));
    }

    private static void safetySection(List<SheetBlock> blocks, String heading, List<Claim> claims, List<String> cited) {
        List<String> items = new ArrayList<>();
        for (Claim c : claims) {
            c.sources().stream().filter(id -> !cited.contains(id)).forEach(cited::add);
            items.add(c.text() + SourceLines.cite(cited, c.sources()));
        }
        TechniqueCardSheet.section(blocks, heading, items, false);
    }

    private void contents(List<SheetBlock> blocks) {
        blocks.add(new PageBreak());
        blocks.add(new Heading(messages.text("sheet.booklet.regions")));
        List<List<String>> rows = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        for (Region r : content.regions()) {
            String cardTitles = String.join("; ", content.techniquesFor(r).stream().filter(Objects::nonNull)
                    .map(Technique::title).toList());
            String where = messages.text("sheet.booklet.where." + (r.bilateral() ? "both" : "midline"), messages.label(r.view()));
            rows.add(List.of(r.name(), where, r.rating().icon() + " " + messages.label(r.rating()),
                    cardTitles.isEmpty() ? messages.text("common.dash") : cardTitles));
            anchors.add(RegionPageSheet.anchor(r));
        }
        blocks.add(new Table(List.of(messages.text("sheet.column.region"), messages.text("sheet.column.where"),
                messages.text("sheet.column.rating"), messages.text("region.cards")), rows, List.of(2.2, 1.6, 1.2, 4.0), anchors));
        blocks.add(new Heading(messages.text("region.cards")));
        List<List<String>> cardRows = new ArrayList<>();
        List<String> cardAnchors = new ArrayList<>();
        for (Technique t : content.techniques()) {
            String regions = String.join("; ", t.regions().stream().map(id -> content.region(id).map(Region::name).orElse(id)).toList());
            cardRows.add(List.of(t.title(), TechniqueCardSheet.blank(t.tool()) ? messages.text("common.dash") : t.tool(), regions));
            cardAnchors.add(TechniqueCardSheet.anchor(t));
        }
        blocks.add(new Table(List.of(messages.text("sheet.column.card"), messages.text("sheet.column.tool"),
                messages.text("sheet.column.for")), cardRows, List.of(3.4, 2.0, 3.6), cardAnchors));
    }
}
