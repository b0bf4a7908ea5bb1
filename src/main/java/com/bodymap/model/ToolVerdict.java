package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How one tool suits one region: the three ratings, or "does not fit" where the tool cannot reach
 * the region sensibly. Like {@link Rating}, always shown with an icon and a word as well as colour.
 */
public enum ToolVerdict {
    AVOID("avoid", "Avoid", "\u2716"),
    CAUTION("caution", "Caution", "\u26A0"),
    FINE("fine", "Fine", "\u2714"),
    DOES_NOT_FIT("does-not-fit", "Does not fit", "\u25CB");

    private final String word;
    private final String label;
    private final String icon;

    ToolVerdict(String word, String label, String icon) {
        this.word = word;
        this.label = label;
        this.icon = icon;
    }

    /** The content's word, also the style-class suffix: "rating-does-not-fit". */
    @JsonValue
    public String word() { return word; }

    public String label() { return label; }

    public String icon() { return icon; }

    /** The verdict that shows a headline rating, for the map with no tool chosen. */
    public static ToolVerdict of(Rating rating) {
        return switch (rating) {
            case AVOID -> AVOID;
            case CAUTION -> CAUTION;
            case FINE -> FINE;
        };
    }

    @JsonCreator
    public static ToolVerdict fromWord(String word) {
        for (ToolVerdict v : values()) {
            if (v.word.equalsIgnoreCase(word)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown tool rating '" + word + "' (use avoid, caution, fine or does-not-fit)");
    }
}
