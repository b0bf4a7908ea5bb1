package com.bodymap.export;

/** Measures text as the PDF font will set it, so lines are wrapped before they are drawn. */
public interface TextMeasure {

    /** The width in points of {@code text} at {@code size} points. */
    float width(String text, FontStyle style, float size);

    /** Replaces characters the font cannot draw, so measuring and drawing never fail on them. */
    String printable(String text);
}
