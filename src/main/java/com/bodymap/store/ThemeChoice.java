package com.bodymap.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The theme the user chose in View → Theme; {@link #SYSTEM} follows the desktop's light or dark setting. */
public enum ThemeChoice {
    LIGHT("light"),
    DARK("dark"),
    HIGH_CONTRAST("high-contrast"),
    SYSTEM("system");

    private final String id;

    ThemeChoice(String id) {
        this.id = id;
    }

    /** The word in preferences.json, also the theme's style-class suffix ("theme-dark"). */
    @JsonValue
    public String id() { return id; }

    @JsonCreator
    public static ThemeChoice fromId(String id) {
        for (ThemeChoice t : values()) {
            if (t.id.equalsIgnoreCase(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown theme '" + id + "' (use light, dark, high-contrast or system)");
    }
}
