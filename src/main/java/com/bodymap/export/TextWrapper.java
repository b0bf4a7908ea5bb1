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
            String rest = word;
            while (measure.width(rest, style, size) > width) {
                int cut = fittingPrefix(rest, style, size, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
    }

    /** How many characters of {@code word} fit (at least one, so wrapping always moves on). */
    private int fittingPrefix(String word, FontStyle style, float size, float width) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (measure.width(word.substring(0, next), style, size) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
