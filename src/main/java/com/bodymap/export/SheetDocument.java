package com.bodymap.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Something to print: a title (the PDF's document title), a subject line for its metadata, a
 * footnote printed at the foot of every page (the disclaimer), and the blocks that make up its
 * pages. Cards, region pages, the booklet and a personal plan are all
 * just documents built from blocks, so one layout prints them all.
 */
public record SheetDocument(String title, String subject, String footnote, List<SheetBlock> blocks) {

    public SheetDocument {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a sheet needs a title");
        }
        subject = subject == null ? "" : subject;
        footnote = footnote == null ? "" : footnote;
        blocks = List.copyOf(blocks);
    }

    /** Joins several documents into one; each starts on a new page. */
    public static SheetDocument combine(String title, String subject, String footnote, List<SheetDocument> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<SheetBlock> blocks = new ArrayList<>();
        for (SheetDocument part : parts) {
            if (!blocks.isEmpty()) {
                blocks.add(new SheetBlock.PageBreak());
            }
            blocks.addAll(part.blocks());
        }
        return new SheetDocument(title, subject, footnote, blocks);
    }
}
