package com.bodymap.export;

import com.bodymap.content.ContentRepository;
import com.bodymap.export.SheetBlock.Badge;
import com.bodymap.export.SheetBlock.Heading;
import com.bodymap.export.SheetBlock.PageBreak;
import com.bodymap.export.SheetBlock.Table;
import com.bodymap.export.SheetBlock.Title;
import com.bodymap.model.Claim;
import com.bodymap.model.EmergencyNumber;
import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Technique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The whole library as one booklet: a cover with the rated map and its key, "before you roll",
 * a contents table, every region page, then every technique card, each starting on a new page.
 */
final class BookletSheet {
    static final String TITLE = "Technique library";
    private final ContentRepository content;
    private final FigureViews figures;
    private final RegionPageSheet regionPages;
    private final TechniqueCardSheet cards;
    private final Locale locale;

    BookletSheet(ContentRepository content, FigureViews figures, RegionPageSheet regionPages, TechniqueCardSheet cards,
                 Locale locale) {
        this.content = content;
        this.figures = figures;
        this.regionPages = regionPages;
        this.cards = cards;
        this.locale = locale;
    }

    List<SheetBlock> blocks() {
        List<SheetBlock> blocks = new ArrayList<>();
        Map<String, Rating> everyPart = new LinkedHashMap<>();
        content.parts().forEach(p -> everyPart.put(p.id(), p.region().rating()));
        blocks.add(new Title(TITLE, "Body Map \u00b7 " + content.regions().size() + " regions \u00b7 "
                        + content.techniques().size() + " technique cards",
                List.of("Every region on the map with its rating, then every technique card.",
                        "How the figures show each rating:"),
                List.of(new Badge(Rating.AVOID, "striped diagonally on the figures"),
                        new Badge(Rating.CAUTION, "striped across"),
                        new Badge(Rating.FINE, "filled solid")),
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
        safetySection(blocks, "Sore or tight?", safety.sorenessVersusTightness(), cited);
        safetySection(blocks, "Stop and get emergency help now (" + EmergencyNumber.callInstruction(locale) + ") if",
                safety.emergencyRedFlags(), cited);
        safetySection(blocks, "See a doctor within a day or two if", safety.urgentRedFlags(), cited);
        safetySection(blocks, "About these signs", safety.aboutRedFlags(), cited);
        safetySection(blocks, "Do not roll or massage at all", safety.contraindications(), cited);
        safetySection(blocks, "Take care, or ask a clinician first", safety.cautions(), cited);
        TechniqueCardSheet.sources(blocks, "Sources for these warnings", new SourceLines(content).lines(cited));
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
        blocks.add(new Heading("Regions"));
        List<List<String>> rows = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        for (Region r : content.regions()) {
            String cardTitles = String.join("; ", content.techniquesFor(r).stream().filter(Objects::nonNull)
                    .map(Technique::title).toList());
            String sides = r.bilateral() ? "both sides" : "midline";
            rows.add(List.of(r.name(), r.view().label() + ", " + sides, r.rating().icon() + " " + r.rating().label(),
                    cardTitles.isEmpty() ? "\u2014" : cardTitles));
            anchors.add(RegionPageSheet.anchor(r));
        }
        blocks.add(new Table(List.of("Region", "Where", "Rating", "Technique cards"), rows, List.of(2.2, 1.6, 1.2, 4.0), anchors));
        blocks.add(new Heading("Technique cards"));
        List<List<String>> cardRows = new ArrayList<>();
        List<String> cardAnchors = new ArrayList<>();
        for (Technique t : content.techniques()) {
            String regions = String.join("; ", t.regions().stream().map(id -> content.region(id).map(Region::name).orElse(id)).toList());
            cardRows.add(List.of(t.title(), TechniqueCardSheet.blank(t.tool()) ? "\u2014" : t.tool(), regions));
            cardAnchors.add(TechniqueCardSheet.anchor(t));
        }
        blocks.add(new Table(List.of("Card", "Tool", "For"), cardRows, List.of(3.4, 2.0, 3.6), cardAnchors));
    }
}
