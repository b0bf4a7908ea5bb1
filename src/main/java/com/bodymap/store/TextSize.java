package com.bodymap.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The size of the program's text, from View → Text size or Ctrl+plus and Ctrl+minus. */
public enum TextSize {
    NORMAL("normal"),
    LARGE("large"),
    LARGER("larger");

    private final String id;

    TextSize(String id) {
        this.id = id;
    }

    /** The word in preferences.json, also the style-class suffix ("text-large"). */
    @JsonValue
    public String id() { return id; }

    /** One step up, staying at the largest. */
    public TextSize larger() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    /** One step down, staying at normal. */
    public TextSize smaller() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    @JsonCreator
    public static TextSize fromId(String id) {
        for (TextSize t : values()) {
            if (t.id.equalsIgnoreCase(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown text size '" + id + "' (use normal, large or larger)");
    }
}
