package com.bodymap.export;

import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.export.SheetBlock.Badge;
import com.bodymap.export.SheetBlock.Heading;
import com.bodymap.export.SheetBlock.ItemList;
import com.bodymap.export.SheetBlock.Paragraph;
import com.bodymap.export.SheetBlock.Title;
import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Technique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.bodymap.picture.Picture;
import com.bodymap.picture.Pictures;
import com.bodymap.picture.Sketch;

/**
 * The blocks of one technique card: title with the regions it is for (badges and figure), set-up,
 * numbered steps, dose, cues, common mistakes, when not to, evidence and sources.
 */
final class TechniqueCardSheet {
    /** A drawing on paper: 6 cm wide, at its own proportions. */
    static final double DRAWING_WIDTH = 170;

    private final ContentRepository content;
    private final FigureViews figures;
    private final SourceLines sources;
    private final Pictures pictures;
    private final Messages messages;
    private final ModelWording words;

    TechniqueCardSheet(ContentRepository content, FigureViews figures, Pictures pictures, Messages messages) {
        this.content = content;
        this.figures = figures;
        this.sources = new SourceLines(content, messages);
        this.pictures = pictures;
        this.messages = messages;
        this.words = new ModelWording(messages);
    }

    List<SheetBlock> blocks(Technique t) {
        List<SheetBlock> blocks = new ArrayList<>();
        List<Region> regions = t.regions().stream().map(content::region).flatMap(Optional::stream).toList();
        Map<String, Rating> parts = new LinkedHashMap<>();
        regions.forEach(r -> r.parts().forEach(p -> parts.put(p.id(), r.rating())));
        // Set-up and dose sit beside the figure: the first things a coach looks for on a card.
        List<String> lines = new ArrayList<>();
        if (!blank(t.setup())) {
            lines.add(messages.text("sheet.card.setup", t.setup()));
        }
        String dose = t.dose() == null ? null : blank(t.dose().text()) ? words.shortDose(t.dose()) : t.dose().text();
        if (!blank(dose)) {
            lines.add(messages.text("card.dose", dose));
        }
        if (!regions.isEmpty()) {
            lines.add(messages.text("sheet.card.forRegions", regions.size()));
        }
        List<Badge> badges = regions.stream().map(r -> Badge.of(r.rating(), r.name(), messages)).toList();
        String kicker = blank(t.tool()) ? messages.text("card.windowTitle") : messages.text("sheet.card.kicker", t.tool());
        blocks.add(new Title(t.title(), kicker, lines, badges, figures.showing(parts), anchor(t)));
        drawings(t, blocks);

        section(blocks, messages.text("card.steps"), t.steps(), true);
        section(blocks, messages.text("card.cues"), t.cues(), false);
        section(blocks, messages.text("card.mistakes"), t.mistakes(), false);
        section(blocks, messages.text("sheet.card.whenNot"), t.whenNot(), false);
        if (!blank(t.evidence())) {
            blocks.add(new Heading(messages.text("region.evidence")));
            blocks.add(new Paragraph(t.evidence()));
        }
        sources(blocks, messages.text("sources.title"), sources.lines(t.sources()));
        return blocks;
    }

    /** The position drawn, as on the card window: one or two drawings, each captioned. */
    private void drawings(Technique t, List<SheetBlock> blocks) {
        List<Picture> list = pictures.forCard(t.id());
        if (list.isEmpty()) {
            return;
        }
        blocks.add(new Heading(messages.text("card.position")));
        double aspect = Pictures.commonAspect(list);
        blocks.add(new SheetBlock.Drawings(list.stream().map(p -> onPaper(p, aspect)).toList(),
                list.stream().map(Picture::label).toList()));
    }

    /** The drawing 6 cm wide in a box of the given proportions (width over height). */
    static Sketch onPaper(Picture p, double aspect) {
        return p.sketch(DRAWING_WIDTH, DRAWING_WIDTH / aspect);
    }

    static String anchor(Technique t) {
        return "card:" + t.id();
    }

    static void section(List<SheetBlock> blocks, String heading, List<String> items, boolean numbered) {
        if (!items.isEmpty()) {
            blocks.add(new Heading(heading));
            blocks.add(new ItemList(items, numbered));
        }
    }

    /** A numbered reference list, set small so it never crowds out the advice. */
    static void sources(List<SheetBlock> blocks, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new Heading(heading));
            blocks.add(new ItemList(lines, true, SheetBlock.TextStyle.NOTE));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The parts to highlight, each with its region's rating. */
    static Map<String, Rating> partsOf(List<RegionPart> parts) {
        Map<String, Rating> map = new LinkedHashMap<>();
        parts.forEach(p -> map.put(p.id(), p.region().rating()));
        return map;
    }
}
