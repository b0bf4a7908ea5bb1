package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How safe it is to roll or massage a region. Always shown with an icon and a word, never colour alone. */
public enum Rating {
    AVOID("avoid", "red", "\u2716"),
    CAUTION("caution", "amber", "\u26A0"),
    FINE("fine", "green", "\u2714");

    private final String word;
    private final String colourName;
    private final String icon;

    Rating(String word, String colourName, String icon) {
        this.word = word;
        this.colourName = colourName;
        this.icon = icon;
    }

    @JsonValue
    public String word() { return word; }

    public String colourName() { return colourName; }

    /** A symbol that tells the ratings apart in black and white and for colour-blind users. */
    public String icon() { return icon; }

    /** The word with a capital, as shown on badges: "Avoid", "Caution", "Fine". */
    public String label() { return Character.toUpperCase(word.charAt(0)) + word.substring(1); }

    @JsonCreator
    public static Rating fromWord(String word) {
        for (Rating r : values()) {
            if (r.word.equalsIgnoreCase(word) || r.colourName.equalsIgnoreCase(word)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rating '" + word + "' (use avoid, caution or fine)");
    }
}
