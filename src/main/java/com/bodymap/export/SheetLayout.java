package com.bodymap.export;

import com.bodymap.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Paginates a sheet: flows its chunks down the page, starts a new page where the next group of
 * chunks that must stay together would not fit, and adds the running header and the footer (the
 * footnote, the date and "Page x of y") to every page. Everything drawn stays inside the page
 * minus {@link #MARGIN}, which is wider than any printer's unprintable edge.
 */
public final class SheetLayout {
    /** Distance from every paper edge to anything drawn, in points (14 mm). */
    public static final float MARGIN = 40f;
    private static final float HEADER_HEIGHT = 26f;
    private static final float HEADER_SIZE = SheetType.FOOTER + 0.5f;
    private static final float FOOTER_GAP = 12f;
    private final TextMeasure measure;
    private final PaperSize paper;
    private final LocalDate date;
    private final Messages messages;

    /** A layout with English page words ("Printed", "Page 1 of 2"). */
    public SheetLayout(TextMeasure measure, PaperSize paper, LocalDate date) {
        this(measure, paper, date, Messages.english());
    }

    /** {@code messages} word the header and footer: "Printed 3 March 2025", "Seite 1 von 2". */
    public SheetLayout(TextMeasure measure, PaperSize paper, LocalDate date, Messages messages) {
        this.measure = measure;
        this.paper = paper;
        this.date = date;
        this.messages = messages;
    }

    public float contentWidth() {
        return paper.width() - 2 * MARGIN;
    }

    public List<LaidOutPage> layout(SheetDocument document) {
        List<String> footnote = document.footnote().isBlank() ? List.of()
                : new TextWrapper(measure).wrap(document.footnote(), FontStyle.REGULAR, SheetType.FOOTER, contentWidth());
        float footerHeight = 6 + footnote.size() * SheetType.FOOTER_LEADING + SheetType.FOOTER_LEADING + 2;
        float bodyTop = paper.height() - MARGIN - HEADER_HEIGHT;
        float bodyBottom = MARGIN + footerHeight + FOOTER_GAP;
        // Page numbers in a contents table are known only after a first pass; numbers are set in
        // a fixed column, so the second pass breaks pages in the same places.
        Paginator first = flow(document, bodyTop, bodyBottom, anchor -> "000");
        Paginator done = first.anchors.isEmpty() ? first
                : flow(document, bodyTop, bodyBottom, anchor -> String.valueOf(first.anchors.getOrDefault(anchor, 0)));

        List<LaidOutPage> pages = new ArrayList<>();
        int count = done.pages.size();
        for (int i = 0; i < count; i++) {
            List<DrawOp> ops = new ArrayList<>();
            header(document, done.titles.get(i), ops);
            ops.addAll(done.pages.get(i));
            footer(footnote, i + 1, count, ops);
            pages.add(new LaidOutPage(i + 1, count, ops));
        }
        return pages;
    }

    private Paginator flow(SheetDocument document, float bodyTop, float bodyBottom, Function<String, String> pageOf) {
        List<FlowChunk> chunks = new BlockFlow(measure, contentWidth(), bodyTop - bodyBottom, pageOf).chunks(document.blocks());
        Paginator paginator = new Paginator(bodyTop, bodyBottom);
        paginator.paginate(chunks);
        return paginator;
    }

    /**
     * "Body Map · document title", and the sheet's own title when the document holds several; when
     * both do not fit, the sheet's title wins, as it names what is on the page.
     */
    private void header(SheetDocument document, String sheetTitle, List<DrawOp> ops) {
        float top = paper.height() - MARGIN;
        String title = messages.text("sheet.header", document.title());
        if (sheetTitle != null && !sheetTitle.equals(document.title())) {
            String both = messages.text("sheet.header.both", document.title(), sheetTitle);
            boolean fits = measure.width(measure.printable(both), FontStyle.REGULAR, HEADER_SIZE) <= contentWidth();
            title = fits ? both : messages.text("sheet.header", sheetTitle);
        }
        String text = fit(title, contentWidth());
        ops.add(new DrawOp.Text(MARGIN, top - SheetType.FOOTER - 1, text, FontStyle.REGULAR, HEADER_SIZE, Ink.MUTED));
        ops.add(new DrawOp.Line(MARGIN, top - 14, paper.width() - MARGIN, top - 14, Ink.RULE, 0.6f));
    }

    /** Drawn top to bottom, so text extraction and screen readers meet the lines in reading order. */
    private void footer(List<String> footnote, int page, int pages, List<DrawOp> ops) {
        float last = MARGIN + 2;
        float rule = last + (footnote.size() + 1) * SheetType.FOOTER_LEADING;
        ops.add(new DrawOp.Line(MARGIN, rule, paper.width() - MARGIN, rule, Ink.RULE, 0.6f));
        float y = rule;
        for (String line : footnote) {
            y -= SheetType.FOOTER_LEADING;
            ops.add(new DrawOp.Text(MARGIN, y, line, FontStyle.REGULAR, SheetType.FOOTER, Ink.MUTED));
        }
        String printed = messages.text("sheet.printed", messages.date("date.long", date));
        String number = messages.text("sheet.page", page, pages);
        ops.add(new DrawOp.Text(MARGIN, last, printed, FontStyle.REGULAR, SheetType.FOOTER, Ink.MUTED));
        float numberWidth = measure.width(number, FontStyle.BOLD, SheetType.FOOTER);
        ops.add(new DrawOp.Text(paper.width() - MARGIN - numberWidth, last, number, FontStyle.BOLD, SheetType.FOOTER, Ink.TEXT));
    }

    /** Shortens a one-line text with an ellipsis so it fits the width. */
    private String fit(String text, float width) {
        String t = measure.printable(text);
        if (measure.width(t, FontStyle.REGULAR, HEADER_SIZE) <= width) {
            return t;
        }
        // The longest prefix (in whole characters) that fits with the ellipsis, found by halving: a
        // very long title must not be shortened one character, and one full measurement, at a time.
        int fits = 1;
        int tooLong = t.codePointCount(0, t.length());
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) >>> 1;
            if (measure.width(t.substring(0, t.offsetByCodePoints(0, mid)) + "\u2026", FontStyle.REGULAR, HEADER_SIZE) > width) {
                tooLong = mid;
            } else {
                fits = mid;
            }
        }
        return t.substring(0, t.offsetByCodePoints(0, fits)).strip() + "\u2026";
    }

    /** Places chunks down the body area of successive pages. */
    private final class Paginator {
        private final float top;
        private final float bottom;
        private final List<List<DrawOp>> pages = new ArrayList<>();
        /** The sheet title in force on each page, for the running header. */
        private final List<String> titles = new ArrayList<>();
        private final Map<String, Integer> anchors = new HashMap<>();
        private List<DrawOp> current;
        private String title;
        private float y;
        private boolean empty;
        /** The last chunk placed on the current page, and where its foot is. */
        private FlowChunk last;
        private float lastBottom;

        Paginator(float top, float bottom) {
            this.top = top;
            this.bottom = bottom;
            newPage();
        }

        void paginate(List<FlowChunk> chunks) {
            int i = 0;
            while (i < chunks.size()) {
                FlowChunk first = chunks.get(i);
                if (first.pageBreakBefore() && !empty) {
                    newPage();
                }
                int end = i;
                float group = first.height() + (empty ? 0 : first.spaceBefore());
                while (chunks.get(end).keepWithNext() && end + 1 < chunks.size() && !chunks.get(end + 1).pageBreakBefore()) {
                    end++;
                    group += chunks.get(end).spaceBefore() + chunks.get(end).height();
                }
                // A group taller than a page cannot stay together; it is placed chunk by chunk.
                if (!empty && y - group < bottom && group <= top - bottom) {
                    newPage();
                }
                for (int k = i; k <= end; k++) {
                    place(chunks.get(k));
                }
                i = end + 1;
            }
        }

        private void place(FlowChunk chunk) {
            float before = empty ? 0 : chunk.spaceBefore();
            if (!empty && y - before - chunk.height() < bottom) {
                newPage();
                before = 0;
            }
            if (chunk.height() > top - bottom + 0.01f) {
                throw new IllegalStateException("a part of the sheet is taller than a page: " + chunk.height() + " pt");
            }
            if (chunk.title() != null) {
                title = chunk.title();
                if (empty) {
                    titles.set(titles.size() - 1, title);
                }
            }
            if (chunk.anchor() != null) {
                anchors.putIfAbsent(chunk.anchor(), pages.size());
            }
            chunk.painter().paint(MARGIN, y - before, contentWidth(), current);
            if (empty && chunk.edge() != null) {
                // A box continued from the page before opens again at the top of this one.
                chunk.edge().paint(MARGIN, y - before, contentWidth(), current);
            }
            y -= before + chunk.height();
            empty = false;
            last = chunk;
            lastBottom = y;
        }

        private void newPage() {
            if (last != null && last.edge() != null) {
                // A box that goes on over the page is closed at the foot of this one.
                last.edge().paint(MARGIN, lastBottom, contentWidth(), current);
            }
            last = null;
            current = new ArrayList<>();
            pages.add(current);
            titles.add(title);
            y = top;
            empty = true;
        }
    }
}
