package com.bodymap.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a given width, measured with the sheet's font. Breaks at
 * spaces; a word longer than a whole line (a long web address) is broken between characters, so
 * no line ever runs past the margin.
 */
public final class TextWrapper {
    private final TextMeasure measure;

    public TextWrapper(TextMeasure measure) {
        this.measure = measure;
    }

    public List<String> wrap(String text, FontStyle style, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : measure.printable(text == null ? "" : text).split("\n", -1)) {
            wrapParagraph(paragraph.strip(), style, size, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String text, FontStyle style, float size, float width, List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure.width(candidate, style, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            int start = 0;
            while (start < word.length()) {
                int end = fittingEnd(word, start, style, size, width);
                if (end == word.length()) {
                    break;
                }
                lines.add(word.substring(start, end));
                start = end;
            }
            line.append(word, start, word.length());
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
    }

    /**
     * Where the longest piece of {@code word} from {@code start} that fits the width ends (at least
     * one character, so wrapping always moves on). Searches by doubling and then halving the
     * length, measuring only pieces about a line long, so a 200,000-character word takes time in
     * proportion to its length, not to its square.
     */
    private int fittingEnd(String word, int start, FontStyle style, float size, float width) {
        int fits = word.offsetByCodePoints(start, 1);
        int step = 1;
        int tooLong = -1;
        while (fits < word.length()) {
            int next = advance(word, fits, step);
            if (measure.width(word.substring(start, next), style, size) > width) {
                tooLong = next;
                break;
            }
            fits = next;
            step *= 2;
        }
        if (tooLong < 0) {
            return word.length();
        }
        // The piece to "fits" fits and the piece to "tooLong" does not: halve the gap.
        while (word.codePointCount(fits, tooLong) > 1) {
            int mid = advance(word, fits, word.codePointCount(fits, tooLong) / 2);
            if (measure.width(word.substring(start, mid), style, size) > width) {
                tooLong = mid;
            } else {
                fits = mid;
            }
        }
        return fits;
    }

    /** {@code from} moved on by up to {@code codePoints} characters, stopping at the end. */
    private static int advance(String s, int from, int codePoints) {
        int at = from;
        for (int i = 0; i < codePoints && at < s.length(); i++) {
            at += Character.charCount(s.codePointAt(at));
        }
        return at;
    }
}
