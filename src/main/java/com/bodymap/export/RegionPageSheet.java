package com.bodymap.export;

import com.bodymap.model.Side;
import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.export.SheetBlock.Badge;
import com.bodymap.export.SheetBlock.Callout;
import com.bodymap.export.SheetBlock.Heading;
import com.bodymap.export.SheetBlock.ItemList;
import com.bodymap.export.SheetBlock.Paragraph;
import com.bodymap.export.SheetBlock.Title;
import com.bodymap.model.Claim;
import com.bodymap.model.Disagreement;
import com.bodymap.model.Region;
import com.bodymap.model.RegionPart;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import com.bodymap.model.Suggestion;
import com.bodymap.model.Technique;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolRating;
import com.bodymap.model.Viewpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The blocks of a region page, as on screen: name, side and rating badge with the summary, the
 * figure, why, where to look first, what to do instead, the red-flag box (regions of the back),
 * disagreements, the cards that apply (one line each), evidence and numbered sources.
 */
final class RegionPageSheet {
    private final ContentRepository content;
    private final FigureViews figures;
    private final Messages messages;
    private final ModelWording words;
    private final SourceLines sourceLines;

    /** The country of {@code messages}' locale decides which emergency number the red-flag box names. */
    RegionPageSheet(ContentRepository content, FigureViews figures, Messages messages) {
        this.content = content;
        this.figures = figures;
        this.messages = messages;
        this.words = new ModelWording(messages);
        this.sourceLines = new SourceLines(content, messages);
    }

    /** {@code parts} are the shapes to highlight: both sides, or the one side the user chose. */
    List<SheetBlock> blocks(Region region, List<RegionPart> parts) {
        List<String> listed = new ArrayList<>(content.sourcesFor(region).stream().filter(Objects::nonNull).map(Source::id).toList());
        SafetyGuide safety = content.safety();
        boolean redFlags = safety != null && safety.showsRedFlags(region.id());
        if (redFlags) {
            safety.redFlagSources().stream().filter(id -> !listed.contains(id)).forEach(listed::add);
        }
        List<SheetBlock> blocks = new ArrayList<>();
        blocks.add(new Title(region.name(), messages.text("sheet.region.kicker", where(region, parts)), List.of(),
                List.of(Badge.of(region.rating(), region.summary(), messages)),
                figures.showing(TechniqueCardSheet.partsOf(parts)), anchor(region)));

        toolTable(blocks, region, listed);
        List<String> why = region.why().stream().map(c -> claim(c, listed)).toList();
        TechniqueCardSheet.section(blocks, messages.text("region.why"), why, false);
        if (!region.lookElsewhere().isEmpty()) {
            blocks.add(new Heading(messages.text("region.lookElsewhere")));
            List<String> names = region.lookElsewhere().stream().map(this::regionName).toList();
            StringBuilder order = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                order.append(i == 0 ? "" : "; ").append(messages.text("region.lookElsewhere.item", i + 1, names.get(i)));
            }
            blocks.add(new Paragraph(messages.text("sheet.region.lookElsewhere", order.toString())));
        }
        List<String> instead = region.instead().stream().map(s -> suggestion(region, s, listed)).toList();
        TechniqueCardSheet.section(blocks, messages.text("region.instead"), instead, false);
        if (redFlags) {
            blocks.add(redFlagBox(safety, listed));
        }
        for (Disagreement d : region.disagreements()) {
            List<String> sides = d.viewpoints().stream().map(v -> viewpoint(v, listed)).toList();
            TechniqueCardSheet.section(blocks, messages.text("region.disagree", d.topic()), sides, false);
        }
        // The cards are named, one run of titles: "Print with its cards" prints them in full.
        List<String> cards = content.techniquesFor(region).stream().filter(Objects::nonNull).map(RegionPageSheet::cardLine).toList();
        if (!cards.isEmpty()) {
            blocks.add(new Heading(messages.text("region.cards")));
            blocks.add(new Paragraph(String.join("; ", cards) + "."));
        }
        if (!TechniqueCardSheet.blank(region.evidence())) {
            blocks.add(new Heading(messages.text("region.evidence")));
            blocks.add(new Paragraph(region.evidence()));
        }
        List<String> lines = listed.stream().map(id -> sourceLines.line(content.source(id).orElseThrow())).toList();
        TechniqueCardSheet.sources(blocks, messages.text("sources.title"), lines);
        return blocks;
    }

    /**
     * The red flags in one box, kept short enough for a one- or two-page sheet: the emergency
     * signs in one paragraph (with the number to call), the urgent ones in another.
     */
    private Callout redFlagBox(SafetyGuide safety, List<String> listed) {
        String emergency = messages.text("redFlags.emergency", words.emergencyCall(messages.locale()),
                words.signs(safety.emergencyRedFlags()), SourceLines.cite(listed, sourcesOf(safety.emergencyRedFlags())));
        String urgent = messages.text("redFlags.urgent", words.signs(safety.urgentRedFlags()),
                SourceLines.cite(listed, sourcesOf(safety.urgentRedFlags())));
        return new Callout("\u26A0 " + messages.text("sheet.redFlags.mark"), messages.text("sheet.redFlags.meaning"),
                List.of(emergency, urgent));
    }

    private static List<String> sourcesOf(List<Claim> claims) {
        return claims.stream().flatMap(c -> c.sources().stream()).distinct().toList();
    }

    /** The per-tool table, as on screen: tool, rating (icon and word), why with sources, the card for it. */
    private void toolTable(List<SheetBlock> blocks, Region region, List<String> listed) {
        List<List<String>> rows = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            region.toolRating(tool).ifPresent(t -> rows.add(List.of(messages.label(tool),
                    t.rating().icon() + " " + messages.label(t.rating()), t.reason() + SourceLines.cite(listed, t.sources()),
                    cardCell(t))));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Heading(messages.text("region.byTool")));
            blocks.add(new SheetBlock.Table(List.of(messages.text("sheet.column.tool"), messages.text("sheet.column.rating"),
                    messages.text("sheet.column.why"), messages.text("sheet.column.card")), rows, List.of(1.25, 1.0, 3.05, 2.0)));
        }
    }

    private String cardCell(ToolRating t) {
        if (t.technique() == null) {
            return messages.text("common.dash");
        }
        return content.technique(t.technique())
                .map(card -> t.cardIsAlternative(card) ? messages.text("region.toolCard.instead", card.title()) : card.title())
                .orElse(messages.text("common.dash"));
    }

    static String anchor(Region region) {
        return "region:" + region.id();
    }

    /** "Back of the body, your left side", "Front of the body, both sides". */
    private String where(Region region, List<RegionPart> parts) {
        String side = !region.bilateral() ? Side.MIDLINE.key() : parts.size() == 1 ? parts.get(0).side().key() : "both";
        return messages.text("region.side." + region.view().key() + "." + side);
    }

    private static String claim(Claim c, List<String> listed) {
        return c.text() + SourceLines.cite(listed, c.sources());
    }

    /**
     * "Roll the glutes. [1] Card: Glutes on a foam roller." The card names the place; a region is
     * named only when no card goes with the suggestion ("See: Glutes (buttocks)."). The region's
     * own cards are named once, under "Technique cards", so they are not repeated here.
     */
    private String suggestion(Region region, Suggestion s, List<String> listed) {
        StringBuilder b = new StringBuilder(s.text()).append(SourceLines.cite(listed, s.sources()));
        Optional<Technique> card = s.technique() == null || region.techniques().contains(s.technique())
                ? Optional.empty() : content.technique(s.technique());
        if (card.isPresent()) {
            b.append(' ').append(messages.text("sheet.suggestion.card", card.get().title()));
        } else if (s.region() != null && s.technique() == null) {
            b.append(' ').append(messages.text("sheet.suggestion.see", regionName(s.region())));
        }
        return b.toString();
    }

    private static String viewpoint(Viewpoint v, List<String> listed) {
        return v.position() + SourceLines.cite(listed, v.sources());
    }

    /** "Glutes on a foam roller · Foam roller": one line per card; the dose is on the card itself. */
    private static String cardLine(Technique t) {
        StringBuilder b = new StringBuilder(t.title());
        if (!TechniqueCardSheet.blank(t.tool())) {
            b.append(" \u00b7 ").append(t.tool());
        }
        return b.toString();
    }

    private String regionName(String id) {
        return content.region(id).map(Region::name).orElse(id);
    }
}
