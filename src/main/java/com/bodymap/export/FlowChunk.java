package com.bodymap.export;

import java.util.List;

/**
 * An unbreakable slice of a sheet's flow (one line of text, a table line, a title block) with its
 * height. {@code spaceBefore} is dropped at the top of a page; {@code keepWithNext} keeps it on
 * the same page as the chunk after it (headings, first and last lines of a paragraph). A title
 * chunk carries its {@code title} (for the running header) and {@code anchor} (for page numbers
 * in a contents table); other chunks have null there. A line inside a framed box carries the
 * {@code edge} that closes the box where a page breaks after it or opens it where a page starts
 * with it; other chunks have null there.
 */
record FlowChunk(float height, float spaceBefore, boolean keepWithNext, boolean pageBreakBefore, Painter painter,
                 String title, String anchor, Edge edge) {

    FlowChunk(float height, float spaceBefore, boolean keepWithNext, boolean pageBreakBefore, Painter painter) {
        this(height, spaceBefore, keepWithNext, pageBreakBefore, painter, null, null, null);
    }

    FlowChunk(float height, float spaceBefore, boolean keepWithNext, boolean pageBreakBefore, Painter painter, Edge edge) {
        this(height, spaceBefore, keepWithNext, pageBreakBefore, painter, null, null, edge);
    }

    /** Draws a box's top or bottom edge at {@code y}, when a page break falls inside the box. */
    @FunctionalInterface
    interface Edge {
        void paint(float x, float y, float width, List<DrawOp> out);
    }

    /** Draws the chunk with its top edge at {@code top}. */
    @FunctionalInterface
    interface Painter {
        void paint(float x, float top, float width, List<DrawOp> out);
    }

    FlowChunk withPageBreakBefore() {
        return new FlowChunk(height, spaceBefore, keepWithNext, true, painter, title, anchor, edge);
    }

    FlowChunk marked(String newTitle, String newAnchor) {
        return new FlowChunk(height, spaceBefore, keepWithNext, pageBreakBefore, painter, newTitle, newAnchor, edge);
    }
}
