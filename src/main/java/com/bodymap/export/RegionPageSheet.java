package com.bodymap.export;

import com.bodymap.content.ContentRepository;
import com.bodymap.export.SheetBlock.Badge;
import com.bodymap.export.SheetBlock.Heading;
import com.bodymap.export.SheetBlock.ItemList;
import com.bodymap.export.SheetBlock.Paragraph;
import com.bodymap.export.SheetBlock.Title;
import com.bodymap.model.Claim;
import com.bodymap.model.Disagreement;
import com.bodymap.model.Region;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Source;
import com.bodymap.model.Suggestion;
import com.bodymap.model.Technique;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolRating;
import com.bodymap.model.Viewpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The blocks of a region page, as on screen: name, side and rating badge with the summary, the
 * figure, why, what to do instead, where to look first, disagreements, the cards that apply,
 * evidence and numbered sources.
 */
final class RegionPageSheet {
    private final ContentRepository content;
    private final FigureViews figures;

    RegionPageSheet(ContentRepository content, FigureViews figures) {
        this.content = content;
        this.figures = figures;
    }

    /** {@code parts} are the shapes to highlight: both sides, or the one side the user chose. */
    List<SheetBlock> blocks(Region region, List<RegionPart> parts) {
        List<String> listed = content.sourcesFor(region).stream().filter(Objects::nonNull).map(Source::id).toList();
        List<SheetBlock> blocks = new ArrayList<>();
        String where = region.view().label() + " of the body, " + sides(region, parts);
        blocks.add(new Title(region.name(), "Region page \u00b7 " + where, List.of(),
                List.of(new Badge(region.rating(), region.summary())),
                figures.showing(TechniqueCardSheet.partsOf(parts)), anchor(region)));

        toolTable(blocks, region, listed);
        List<String> why = region.why().stream().map(c -> claim(c, listed)).toList();
        TechniqueCardSheet.section(blocks, "Why", why, false);
        if (!region.lookElsewhere().isEmpty()) {
            blocks.add(new Heading("Look elsewhere first"));
            blocks.add(new Paragraph("The sources say the pull on this area usually comes from these regions; check them in this order:"));
            blocks.add(new ItemList(region.lookElsewhere().stream().map(this::regionName).toList(), true));
        }
        List<String> instead = region.instead().stream().map(s -> suggestion(s, listed)).toList();
        TechniqueCardSheet.section(blocks, "What to do instead", instead, false);
        for (Disagreement d : region.disagreements()) {
            List<String> sides = d.viewpoints().stream().map(v -> viewpoint(v, listed)).toList();
            TechniqueCardSheet.section(blocks, "Where sources disagree: " + d.topic(), sides, false);
        }
        List<String> cards = content.techniquesFor(region).stream().filter(Objects::nonNull).map(RegionPageSheet::cardLine).toList();
        TechniqueCardSheet.section(blocks, "Technique cards", cards, false);
        if (!TechniqueCardSheet.blank(region.evidence())) {
            blocks.add(new Heading("How strong is the evidence?"));
            blocks.add(new Paragraph(region.evidence()));
        }
        List<String> sourceLines = listed.stream().map(id -> SourceLines.line(content.source(id).orElseThrow())).toList();
        TechniqueCardSheet.section(blocks, "Sources", sourceLines, true);
        return blocks;
    }

    /** The per-tool table, as on screen: tool, rating (icon and word), why with sources, the card for it. */
    private void toolTable(List<SheetBlock> blocks, Region region, List<String> listed) {
        List<List<String>> rows = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            region.toolRating(tool).ifPresent(t -> rows.add(List.of(tool.label(),
                    t.rating().icon() + " " + t.rating().label(), t.reason() + SourceLines.cite(listed, t.sources()),
                    cardCell(t))));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Heading("By tool"));
            blocks.add(new SheetBlock.Table(List.of("Tool", "Rating", "Why", "Card"), rows, List.of(1.2, 1.1, 3.2, 1.6)));
        }
    }

    private String cardCell(ToolRating t) {
        if (t.technique() == null) {
            return "\u2014";
        }
        return content.technique(t.technique())
                .map(card -> (t.cardIsAlternative(card) ? "Instead: " : "") + card.title()).orElse("\u2014");
    }

    static String anchor(Region region) {
        return "region:" + region.id();
    }

    private static String sides(Region region, List<RegionPart> parts) {
        if (!region.bilateral()) {
            return "on the midline";
        }
        if (parts.size() == 1) {
            return "your " + parts.get(0).side().key() + " side";
        }
        return "both sides";
    }

    private static String claim(Claim c, List<String> listed) {
        return c.text() + SourceLines.cite(listed, c.sources());
    }

    /** "Roll the glutes. [1] See: Glutes; card: Glutes on a foam roller." */
    private String suggestion(Suggestion s, List<String> listed) {
        StringBuilder b = new StringBuilder(s.text()).append(SourceLines.cite(listed, s.sources()));
        List<String> refs = new ArrayList<>();
        if (s.region() != null) {
            refs.add(regionName(s.region()));
        }
        if (s.technique() != null) {
            content.technique(s.technique()).ifPresent(t -> refs.add("card: " + t.title()));
        }
        if (!refs.isEmpty()) {
            b.append(" See: ").append(String.join("; ", refs)).append('.');
        }
        return b.toString();
    }

    private static String viewpoint(Viewpoint v, List<String> listed) {
        return v.position() + SourceLines.cite(listed, v.sources());
    }

    private static String cardLine(Technique t) {
        StringBuilder b = new StringBuilder(t.title());
        if (!TechniqueCardSheet.blank(t.tool())) {
            b.append(" \u00b7 ").append(t.tool());
        }
        if (t.dose() != null && !TechniqueCardSheet.blank(t.dose().shortForm())) {
            b.append(" \u00b7 ").append(t.dose().shortForm());
        }
        return b.toString();
    }

    private String regionName(String id) {
        return content.region(id).map(Region::name).orElse(id);
    }
}
