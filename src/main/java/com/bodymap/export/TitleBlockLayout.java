package com.bodymap.export;

import com.bodymap.export.SheetBlock.Badge;
import com.bodymap.export.SheetBlock.Title;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the top of a sheet: title, short lines and rating badges on the left; the body figures
 * on the right, large enough that a highlighted region can be found at a glance. A single figure
 * beside a short text (a region page's summary) is drawn smaller, down to
 * {@link #COMPACT_FIGURE_HEIGHT}, so the page's advice starts higher instead of below white space.
 */
final class TitleBlockLayout {
    static final float FIGURE_HEIGHT = 230f;
    static final float COMPACT_FIGURE_HEIGHT = 140f;
    private static final float FIGURE_GAP = 12f;
    private static final float COLUMN_GAP = 20f;
    private static final float SIDES_LINE = 14f;
    /** Two lines under each figure: the body's sides, then the view's name. */
    private static final float CAPTION_HEIGHT = SIDES_LINE + SheetType.NOTE_LEADING;
    /** The least room between the two side words under a figure. */
    private static final float SIDE_GAP = 8f;
    private static final float BADGE_HEIGHT = 20f;
    private static final float BADGE_PAD = 7f;
    private static final float BADGE_ROW = 26f;
    private static final float LINE_GAP = 5f;

    private final TextMeasure measure;
    private final TextWrapper wrapper;
    private final float width;
    private final float maxHeight;

    TitleBlockLayout(TextMeasure measure, float width, float maxHeight) {
        this.measure = measure;
        this.wrapper = new TextWrapper(measure);
        this.width = width;
        this.maxHeight = maxHeight;
    }

    FlowChunk chunk(Title title) {
        float full = title.figures().isEmpty() ? 0 : Math.min(FIGURE_HEIGHT, maxHeight - CAPTION_HEIGHT);
        if (title.figures().size() != 1) {
            return chunk(title, full);
        }
        // Measured beside the full-size figure first; the figure then shrinks to the text's height.
        float text = laid(title, full).textHeight();
        float compact = Math.min(full, Math.max(COMPACT_FIGURE_HEIGHT, text - CAPTION_HEIGHT));
        return chunk(title, compact);
    }

    /** The title's chunk, and how tall its text column is (for sizing the figure beside it). */
    private record Laid(FlowChunk chunk, float textHeight) {
    }

    private Laid laid(Title title, float figureHeight) {
        float figuresWidth = 0;
        for (FigureView f : title.figures()) {
            figuresWidth += figureWidth(f, figureHeight) + (figuresWidth > 0 ? FIGURE_GAP : 0);
        }
        float textWidth = title.figures().isEmpty() ? width : width - figuresWidth - COLUMN_GAP;

        List<String> titleLines = wrapper.wrap(title.text(), FontStyle.BOLD, SheetType.TITLE, textWidth);
        List<String> kicker = title.kicker().isEmpty() ? List.of()
                : wrapper.wrap(title.kicker(), FontStyle.REGULAR, SheetType.BODY, textWidth);
        List<List<String>> lines = new ArrayList<>();
        for (String line : title.lines()) {
            lines.add(wrapper.wrap(line, FontStyle.REGULAR, SheetType.BODY, textWidth));
        }
        float badgeWidth = 0;
        for (Badge b : title.badges()) {
            badgeWidth = Math.max(badgeWidth, measure.width(badgeText(b), FontStyle.BOLD, SheetType.BODY) + 2 * BADGE_PAD);
        }
        float labelWidth = textWidth - badgeWidth - 8;
        List<List<String>> labels = new ArrayList<>();
        for (Badge b : title.badges()) {
            labels.add(b.label().isEmpty() ? List.of() : wrapper.wrap(b.label(), FontStyle.REGULAR, SheetType.BODY, labelWidth));
        }

        float textHeight = titleLines.size() * SheetType.TITLE_LEADING + kicker.size() * SheetType.BODY_LEADING;
        for (List<String> l : lines) {
            textHeight += LINE_GAP + l.size() * SheetType.BODY_LEADING;
        }
        if (!title.badges().isEmpty()) {
            textHeight += 8;
        }
        for (List<String> l : labels) {
            textHeight += badgeRowHeight(l);
        }
        float height = Math.max(textHeight, figureHeight == 0 ? 0 : figureHeight + CAPTION_HEIGHT);
        float measuredText = textHeight;
        if (height > maxHeight) {
            throw new IllegalArgumentException("the title of '" + title.text() + "' is too long for one page");
        }
        float finalBadgeWidth = badgeWidth;
        float finalFiguresWidth = figuresWidth;
        return new Laid(new FlowChunk(height, 0, true, false, (x, top, w, ops) -> {
            float y = top;
            for (String line : titleLines) {
                ops.add(new DrawOp.Text(x, BlockFlow.baseline(y, SheetType.TITLE_LEADING, SheetType.TITLE), line,
                        FontStyle.BOLD, SheetType.TITLE, Ink.TEXT));
                y -= SheetType.TITLE_LEADING;
            }
            for (String line : kicker) {
                ops.add(new DrawOp.Text(x, BlockFlow.baseline(y, SheetType.BODY_LEADING, SheetType.BODY), line,
                        FontStyle.REGULAR, SheetType.BODY, Ink.MUTED));
                y -= SheetType.BODY_LEADING;
            }
            for (List<String> l : lines) {
                y -= LINE_GAP;
                for (String line : l) {
                    ops.add(new DrawOp.Text(x, BlockFlow.baseline(y, SheetType.BODY_LEADING, SheetType.BODY), line,
                            FontStyle.REGULAR, SheetType.BODY, Ink.TEXT));
                    y -= SheetType.BODY_LEADING;
                }
            }
            if (!title.badges().isEmpty()) {
                y -= 8;
            }
            for (int i = 0; i < title.badges().size(); i++) {
                y = paintBadgeRow(title.badges().get(i), labels.get(i), x, y, finalBadgeWidth, ops);
            }
            float fx = x + w - finalFiguresWidth;
            for (FigureView f : title.figures()) {
                float fw = figureWidth(f, figureHeight);
                ops.add(new DrawOp.Figure(fx, top - figureHeight, fw, figureHeight, f));
                captionWithSides(f, fx, fw, top - figureHeight - SIDES_LINE + 3, ops);
                fx += fw + FIGURE_GAP;
            }
        }), measuredText);
    }

    private FlowChunk chunk(Title title, float figureHeight) {
        return laid(title, figureHeight).chunk();
    }

    /**
     * Under a figure: the body's RIGHT and LEFT at the sides they are drawn on, then the view's name
     * on a line of its own, so "RIGHT Front" never reads as one phrase. The front view faces the
     * reader, so its right is on the reader's left. Narrow figures get the sides at a smaller size.
     */
    private void captionWithSides(FigureView f, float fx, float fw, float baseline, List<DrawOp> ops) {
        boolean front = f.figure().view() == com.bodymap.model.View.FRONT;
        String leftWord = f.sideWords().get(front ? 1 : 0);
        String rightWord = f.sideWords().get(front ? 0 : 1);
        float size = SheetType.NOTE;
        if (measure.width(leftWord, FontStyle.BOLD, size) + measure.width(rightWord, FontStyle.BOLD, size) + SIDE_GAP > fw) {
            size = SheetType.FOOTER;
        }
        // Too long even so ("LINKS" and "RECHTS" under a slim figure): the language's short forms, "L" and "R".
        if (f.sideWords().size() == 4
                && measure.width(leftWord, FontStyle.BOLD, size) + measure.width(rightWord, FontStyle.BOLD, size) + SIDE_GAP > fw) {
            leftWord = f.sideWords().get(front ? 3 : 2);
            rightWord = f.sideWords().get(front ? 2 : 3);
            size = SheetType.NOTE;
        }
        float rw = measure.width(rightWord, FontStyle.BOLD, size);
        ops.add(new DrawOp.Text(fx, baseline, leftWord, FontStyle.BOLD, size, Ink.TEXT));
        ops.add(new DrawOp.Text(fx + fw - rw, baseline, rightWord, FontStyle.BOLD, size, Ink.TEXT));
        String caption = measure.printable(f.caption());
        float cw = measure.width(caption, FontStyle.REGULAR, SheetType.NOTE);
        ops.add(new DrawOp.Text(fx + (fw - cw) / 2, baseline - SheetType.NOTE_LEADING, caption,
                FontStyle.REGULAR, SheetType.NOTE, Ink.MUTED));
    }

    private float paintBadgeRow(Badge badge, List<String> label, float x, float top, float badgeWidth, List<DrawOp> ops) {
        float rowHeight = badgeRowHeight(label);
        float frameTop = top - (BADGE_ROW - BADGE_HEIGHT) / 2;
        ops.add(new DrawOp.BadgeFrame(x, frameTop - BADGE_HEIGHT, badgeWidth, BADGE_HEIGHT, badge.rating()));
        String text = badgeText(badge);
        float tw = measure.width(text, FontStyle.BOLD, SheetType.BODY);
        float baseline = frameTop - BADGE_HEIGHT / 2 - SheetType.BODY * 0.36f;
        ops.add(new DrawOp.Text(x + (badgeWidth - tw) / 2, baseline, text, FontStyle.BOLD, SheetType.BODY, Ink.TEXT));
        float ly = baseline;
        for (String line : label) {
            ops.add(new DrawOp.Text(x + badgeWidth + 8, ly, line, FontStyle.REGULAR, SheetType.BODY, Ink.TEXT));
            ly -= SheetType.BODY_LEADING;
        }
        return top - rowHeight;
    }

    private static float badgeRowHeight(List<String> label) {
        return Math.max(BADGE_ROW, (BADGE_ROW - SheetType.BODY_LEADING) + label.size() * SheetType.BODY_LEADING);
    }

    private String badgeText(Badge b) {
        return measure.printable(b.ratingText());
    }

    private static float figureWidth(FigureView f, float height) {
        return (float) (height * f.figure().width() / f.figure().height());
    }
}
