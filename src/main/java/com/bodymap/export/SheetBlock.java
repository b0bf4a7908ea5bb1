package com.bodymap.export;

import com.bodymap.model.Rating;
import java.util.List;

/**
 * The pieces a sheet is made of. They carry plain text and records only, so anything (a technique
 * card, a region page, a wizard result) can be turned into a sheet by building a list of them.
 */
public sealed interface SheetBlock {

    /**
     * The top of a sheet: a large title, a muted kicker line saying what the sheet is, a few short
     * lines, rating badges, and body figures with the relevant regions highlighted (on the right).
     * {@code anchor} names the sheet for page numbers in a contents table; it may be null.
     */
    record Title(String text, String kicker, List<String> lines, List<Badge> badges, List<FigureView> figures,
                 String anchor) implements SheetBlock {
        public Title {
            kicker = kicker == null ? "" : kicker;
            lines = lines == null ? List.of() : List.copyOf(lines);
            badges = badges == null ? List.of() : List.copyOf(badges);
            figures = figures == null ? List.of() : List.copyOf(figures);
        }
    }

    /** A rating badge (icon and word in a frame) followed by what it rates; label may be empty. */
    /** A rating badge ({@code ratingText}: its icon and word, "✖ Avoid") and the words beside it. */
    record Badge(Rating rating, String ratingText, String label) {
        public Badge {
            label = label == null ? "" : label;
        }

        /** A badge worded in the language of {@code messages}. */
        public static Badge of(Rating rating, String label, com.bodymap.i18n.Messages messages) {
            return new Badge(rating, rating.icon() + " " + messages.label(rating), label);
        }
    }

    /** A section heading; it is never left alone at the bottom of a page. */
    record Heading(String text) implements SheetBlock {
    }

    record Paragraph(String text, TextStyle style) implements SheetBlock {
        public Paragraph(String text) {
            this(text, TextStyle.BODY);
        }
    }

    /**
     * A bulleted or numbered list; numbering starts at 1. {@code style} NOTE sets it small, as for
     * reference lists; BODY and LEAD set it at body size.
     */
    record ItemList(List<String> items, boolean numbered, TextStyle style) implements SheetBlock {
        public ItemList {
            items = List.copyOf(items);
            style = style == null ? TextStyle.BODY : style;
        }

        public ItemList(List<String> items, boolean numbered) {
            this(items, numbered, TextStyle.BODY);
        }
    }

    /**
     * A table with a header row. {@code weights} share out the width between the columns; empty
     * means equal columns. When {@code pageOf} is given (one title anchor per row), a last column
     * shows the page each row's title is printed on, as in a contents table.
     */
    record Table(List<String> header, List<List<String>> rows, List<Double> weights, List<String> pageOf)
            implements SheetBlock {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            weights = weights == null ? List.of() : List.copyOf(weights);
            pageOf = pageOf == null ? List.of() : List.copyOf(pageOf);
            if (!pageOf.isEmpty() && pageOf.size() != rows.size()) {
                throw new IllegalArgumentException("a contents table needs one anchor per row");
            }
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("a table row has " + row.size() + " cells, the header " + header.size());
                }
            }
            if (!weights.isEmpty() && weights.size() != header.size()) {
                throw new IllegalArgumentException("a table needs one weight per column");
            }
        }

        public Table(List<String> header, List<List<String>> rows, List<Double> weights) {
            this(header, rows, weights, List.of());
        }
    }

    /**
     * A framed box that must not be missed, such as the red flags: a mark (icon and word, so it
     * reads without colour), a bold heading and a few short paragraphs. It is kept on one page.
     */
    record Callout(String mark, String heading, List<String> paragraphs) implements SheetBlock {
        public Callout {
            mark = mark == null ? "" : mark;
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A row of drawings (positions of a technique or a check), side by side as far as the width
     * allows, each with its caption under it; each sketch carries its own text alternative.
     */
    record Drawings(List<com.bodymap.picture.Sketch> sketches, List<String> captions) implements SheetBlock {
        public Drawings {
            sketches = List.copyOf(sketches);
            captions = List.copyOf(captions);
            if (sketches.size() != captions.size()) {
                throw new IllegalArgumentException("each drawing needs its caption (empty for none)");
            }
        }
    }

    /** The next block starts on a new page. */
    record PageBreak() implements SheetBlock {
    }

    /** How a paragraph is set. */
    enum TextStyle {
        BODY, LEAD, NOTE
    }
}
