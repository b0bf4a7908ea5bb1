package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How one tool suits one region: the three ratings, or "does not fit" where the tool cannot reach
 * the region sensibly. Like {@link Rating}, always shown with an icon and a word as well as colour.
 */
public enum ToolVerdict {
    AVOID("avoid", "\u2716"),
    CAUTION("caution", "\u26A0"),
    FINE("fine", "\u2714"),
    DOES_NOT_FIT("does-not-fit", "\u25CB");

    private final String word;
    private final String icon;

    /** Its name on screen and paper comes from the bundles ("toolVerdict.does_not_fit"). */
    ToolVerdict(String word, String icon) {
        this.word = word;
        this.icon = icon;
    }

    /** The content's word, also the style-class suffix: "rating-does-not-fit". */
    @JsonValue
    public String word() { return word; }

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
