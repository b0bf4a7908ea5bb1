package com.bodymap.export;

import com.bodymap.export.SheetBlock.Callout;
import com.bodymap.export.SheetBlock.Heading;
import com.bodymap.export.SheetBlock.ItemList;
import com.bodymap.export.SheetBlock.PageBreak;
import com.bodymap.export.SheetBlock.Paragraph;
import com.bodymap.export.SheetBlock.Table;
import com.bodymap.export.SheetBlock.Title;
import com.bodymap.model.Rating;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns blocks into a flow of chunks for a column of a given width: wraps every line with the
 * font's real widths and marks what must stay together, so pagination can never split a heading
 * from its text or clip a line.
 */
final class BlockFlow {
    private final TextMeasure measure;
    private final TextWrapper wrapper;
    private final float width;
    private final TitleBlockLayout titles;
    private final Function<String, String> pageOf;

    /** {@code pageOf} gives the page number printed for a title anchor in a contents table. */
    BlockFlow(TextMeasure measure, float width, float maxChunkHeight, Function<String, String> pageOf) {
        this.measure = measure;
        this.wrapper = new TextWrapper(measure);
        this.width = width;
        this.titles = new TitleBlockLayout(measure, width, maxChunkHeight);
        this.pageOf = pageOf;
    }

    List<FlowChunk> chunks(List<SheetBlock> blocks) {
        List<FlowChunk> out = new ArrayList<>();
        boolean breakPending = false;
        for (SheetBlock block : blocks) {
            if (block instanceof PageBreak) {
                breakPending = true;
                continue;
            }
            int first = out.size();
            if (block instanceof Title t) {
                out.add(titles.chunk(t).marked(t.text(), t.anchor()));
            } else if (block instanceof Heading h) {
                heading(h, out);
            } else if (block instanceof Paragraph p) {
                paragraph(p, out);
            } else if (block instanceof ItemList l) {
                list(l, out);
            } else if (block instanceof Table t) {
                table(t, out);
            } else if (block instanceof SheetBlock.Drawings d) {
                drawings(d, out);
            } else if (block instanceof Callout c) {
                callout(c, out);
            }
            if (breakPending && out.size() > first) {
                out.set(first, out.get(first).withPageBreakBefore());
                breakPending = false;
            }
        }
        return out;
    }

    private void heading(Heading h, List<FlowChunk> out) {
        List<String> lines = wrapper.wrap(h.text(), FontStyle.BOLD, SheetType.HEADING, width);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.add(new FlowChunk(SheetType.HEADING_LEADING, i == 0 ? SheetType.HEADING_GAP : 0, true, false,
                    (x, top, w, ops) -> ops.add(new DrawOp.Text(x, baseline(top, SheetType.HEADING_LEADING, SheetType.HEADING),
                            line, FontStyle.BOLD, SheetType.HEADING, Ink.TEXT))));
        }
    }

    private void paragraph(Paragraph p, List<FlowChunk> out) {
        float size;
        float leading;
        Ink ink;
        switch (p.style()) {
            case LEAD -> { size = SheetType.LEAD; leading = SheetType.LEAD_LEADING; ink = Ink.TEXT; }
            case NOTE -> { size = SheetType.NOTE; leading = SheetType.NOTE_LEADING; ink = Ink.MUTED; }
            default -> { size = SheetType.BODY; leading = SheetType.BODY_LEADING; ink = Ink.TEXT; }
        }
        List<String> lines = wrapper.wrap(p.text(), FontStyle.REGULAR, size, width);
        textLines(lines, 0, size, leading, ink, SheetType.PARAGRAPH_GAP, null, out);
    }

    private void list(ItemList list, List<FlowChunk> out) {
        float textWidth = width - SheetType.LIST_INDENT;
        boolean small = list.style() == SheetBlock.TextStyle.NOTE;
        float size = small ? SheetType.NOTE : SheetType.BODY;
        float leading = small ? SheetType.NOTE_LEADING : SheetType.BODY_LEADING;
        for (int n = 0; n < list.items().size(); n++) {
            String marker = list.numbered() ? (n + 1) + "." : "\u2022";
            List<String> lines = wrapper.wrap(list.items().get(n), FontStyle.REGULAR, size, textWidth);
            float gap = n == 0 ? SheetType.PARAGRAPH_GAP : small ? 1f : SheetType.ITEM_GAP;
            textLines(lines, SheetType.LIST_INDENT, size, leading, Ink.TEXT, gap, marker, out);
        }
    }

    /**
     * Adds one chunk per line. The first two and the last two lines of a run stay together, so a
     * page never starts or ends with a lone line of it.
     */
    private void textLines(List<String> lines, float indent, float size, float leading, Ink ink, float gap,
                           String marker, List<FlowChunk> out) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            boolean keep = (i == 0 && n > 1) || (i == n - 2);
            String mark = i == 0 ? marker : null;
            out.add(new FlowChunk(leading, i == 0 ? gap : 0, keep, false, (x, top, w, ops) -> {
                float y = baseline(top, leading, size);
                if (mark != null) {
                    ops.add(new DrawOp.Text(x + markerOffset(mark, size), y, mark, FontStyle.REGULAR, size, ink));
                }
                if (!line.isEmpty()) {
                    ops.add(new DrawOp.Text(x + indent, y, line, FontStyle.REGULAR, size, ink));
                }
            }));
        }
    }

    private static final float DRAWING_GAP = 16f;

    /** Rows of drawings, as many to a row as fit the width; a row and its captions never split. */
    private void drawings(SheetBlock.Drawings d, List<FlowChunk> out) {
        if (d.sketches().isEmpty()) {
            return;
        }
        float w = (float) d.sketches().get(0).width();
        int perRow = Math.max(1, (int) ((width + DRAWING_GAP) / (w + DRAWING_GAP)));
        for (int start = 0; start < d.sketches().size(); start += perRow) {
            int end = Math.min(d.sketches().size(), start + perRow);
            List<com.bodymap.picture.Sketch> row = d.sketches().subList(start, end);
            List<List<String>> captions = new ArrayList<>();
            int captionLines = 0;
            for (int i = start; i < end; i++) {
                List<String> lines = d.captions().get(i).isBlank() ? List.of()
                        : wrapper.wrap(d.captions().get(i), FontStyle.REGULAR, SheetType.NOTE, w);
                captions.add(lines);
                captionLines = Math.max(captionLines, lines.size());
            }
            float tallest = (float) row.stream().mapToDouble(com.bodymap.picture.Sketch::height).max().orElse(0);
            float height = tallest + captionLines * SheetType.NOTE_LEADING + 2;
            out.add(new FlowChunk(height, SheetType.PARAGRAPH_GAP, false, false, (x, top, cw, ops) -> {
                float cx = x;
                for (int i = 0; i < row.size(); i++) {
                    ops.add(new DrawOp.Drawing(cx, top, row.get(i)));
                    float y = top - tallest;
                    for (String line : captions.get(i)) {
                        ops.add(new DrawOp.Text(cx, baseline(y, SheetType.NOTE_LEADING, SheetType.NOTE), line,
                                FontStyle.REGULAR, SheetType.NOTE, Ink.MUTED));
                        y -= SheetType.NOTE_LEADING;
                    }
                    cx += w + DRAWING_GAP;
                }
            }));
        }
    }

    /** Right-aligns list numbers in the gutter so "9." and "10." line up. */
    private float markerOffset(String marker, float size) {
        float room = SheetType.LIST_INDENT - 6;
        return Math.max(0, room - measure.width(marker, FontStyle.REGULAR, size));
    }

    private void table(Table table, List<FlowChunk> out) {
        List<String> header = new ArrayList<>(table.header());
        List<Double> weights = new ArrayList<>(table.weights());
        if (weights.isEmpty()) {
            header.forEach(h -> weights.add(1.0));
        }
        if (!table.pageOf().isEmpty()) {
            header.add("Page");
            weights.add(weights.stream().mapToDouble(Double::doubleValue).sum() * 0.09);
        }
        float[] columns = columnWidths(weights);
        row(header, columns, FontStyle.BOLD, true, out);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> cells = new ArrayList<>(table.rows().get(r));
            if (!table.pageOf().isEmpty()) {
                cells.add(pageOf.apply(table.pageOf().get(r)));
            }
            row(cells, columns, FontStyle.REGULAR, false, out);
        }
    }

    private float[] columnWidths(List<Double> weights) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        float[] widths = new float[weights.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (width * weights.get(i) / total);
        }
        return widths;
    }

    private static final float CELL_PAD = 4f;

    /** A table row as one chunk per line of its tallest cell; a rule separates rows. */
    private void row(List<String> cells, float[] columns, FontStyle style, boolean header, List<FlowChunk> out) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cellLines = wrapper.wrap(cells.get(c), style, SheetType.TABLE, columns[c] - 2 * CELL_PAD);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        for (int i = 0; i < lines; i++) {
            int lineIndex = i;
            boolean first = i == 0;
            boolean last = i == lines - 1;
            float height = SheetType.TABLE_LEADING + (first ? CELL_PAD : 0) + (last ? CELL_PAD : 0);
            out.add(new FlowChunk(height, first && header ? SheetType.PARAGRAPH_GAP : 0, !last || header, false,
                    (x, top, w, ops) -> {
                        float lineTop = top - (first ? CELL_PAD : 0);
                        if (first) {
                            ops.add(new DrawOp.Line(x, top, x + w, top, header ? Ink.TEXT : Ink.RULE, header ? 1f : 0.5f));
                        }
                        float cx = x;
                        for (int c = 0; c < wrapped.size(); c++) {
                            List<String> cellLines = wrapped.get(c);
                            if (lineIndex < cellLines.size() && !cellLines.get(lineIndex).isEmpty()) {
                                ops.add(new DrawOp.Text(cx + CELL_PAD, baseline(lineTop, SheetType.TABLE_LEADING, SheetType.TABLE),
                                        cellLines.get(lineIndex), style, SheetType.TABLE, Ink.TEXT));
                            }
                            cx += columns[c];
                        }
                        if (last && header) {
                            float bottom = lineTop - SheetType.TABLE_LEADING - CELL_PAD;
                            ops.add(new DrawOp.Line(x, bottom, x + w, bottom, Ink.TEXT, 1f));
                        }
                    }));
        }
    }

    private static final float BOX_PAD = 7f;
    private static final float BOX_BAR = 4f;

    /**
     * A callout as one chunk per line: each chunk paints its slice of the tinted box and the bar
     * down its left edge. The heading stays with the first two lines of the first paragraph, and,
     * as in running text, a page never starts or ends with a lone line of a paragraph. Where a
     * page breaks inside the box, the part before is closed at its foot and the part after opens
     * with a top edge, so each page shows a whole frame.
     */
    private void callout(Callout c, List<FlowChunk> out) {
        float inner = width - BOX_BAR - 2 * BOX_PAD;
        record Line(String text, FontStyle style, float gapBefore, boolean opens, boolean closes) { }
        List<Line> lines = new ArrayList<>();
        String head = c.mark().isBlank() ? c.heading() : c.mark() + " " + c.heading();
        wrapper.wrap(head, FontStyle.BOLD, SheetType.BODY, inner).forEach(l -> lines.add(new Line(l, FontStyle.BOLD, 0, false, false)));
        for (int p = 0; p < c.paragraphs().size(); p++) {
            List<String> wrapped = wrapper.wrap(c.paragraphs().get(p), FontStyle.REGULAR, SheetType.NOTE, inner);
            for (int i = 0; i < wrapped.size(); i++) {
                boolean opens = i == 0 && p > 0;
                lines.add(new Line(wrapped.get(i), FontStyle.REGULAR, i == 0 ? 3f : 0f, opens, i == wrapped.size() - 1));
            }
        }
        Ink tint = Ink.tint(Rating.AVOID);
        Ink strong = Ink.strong(Rating.AVOID);
        FlowChunk.Edge edge = (x, y, w, ops) -> ops.add(new DrawOp.Line(x, y, x + w, y, strong, 0.8f));
        int headLines = (int) lines.stream().filter(l -> l.style() == FontStyle.BOLD).count();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean first = i == 0 || line.opens();
            boolean last = line.closes();
            // The heading and the paragraph's first two lines stay together, as do its last two.
            boolean keep = i < headLines + 1 || !last && (first || lines.get(i + 1).closes());
            float size = line.style() == FontStyle.BOLD ? SheetType.BODY : SheetType.NOTE;
            float leading = line.style() == FontStyle.BOLD ? SheetType.BODY_LEADING : SheetType.NOTE_LEADING;
            float height = leading + line.gapBefore() + (first ? BOX_PAD : 0) + (last ? BOX_PAD : 0);
            out.add(new FlowChunk(height, i == 0 ? SheetType.HEADING_GAP : 0, keep, false, (x, top, w, ops) -> {
                float bottom = top - height;
                ops.add(new DrawOp.Box(x, bottom, w, height, tint, null, 0));
                ops.add(new DrawOp.Box(x, bottom, BOX_BAR, height, strong, null, 0));
                ops.add(new DrawOp.Line(x + w, top, x + w, bottom, strong, 0.8f));
                if (first) {
                    ops.add(new DrawOp.Line(x, top, x + w, top, strong, 0.8f));
                }
                if (last) {
                    ops.add(new DrawOp.Line(x, bottom, x + w, bottom, strong, 0.8f));
                }
                float lineTop = top - (first ? BOX_PAD : 0) - line.gapBefore();
                ops.add(new DrawOp.Text(x + BOX_BAR + BOX_PAD, baseline(lineTop, leading, size), line.text(), line.style(),
                        size, Ink.TEXT));
            }, first && last ? null : edge));
        }
    }

    /** The baseline of a line box: the text's cap height centred a little above the middle. */
    static float baseline(float top, float leading, float size) {
        return top - (leading - size) / 2f - size * 0.8f;
    }
}
