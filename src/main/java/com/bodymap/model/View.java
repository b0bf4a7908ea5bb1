package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which side of the figure a region is drawn on. */
public enum View {
    FRONT, BACK;

    @JsonValue
    public String key() { return name().toLowerCase(); }

    public String label() { return this == FRONT ? "Front" : "Back"; }

    public View other() { return this == FRONT ? BACK : FRONT; }

    @JsonCreator
    public static View fromKey(String key) {
        for (View v : values()) {
            if (v.key().equalsIgnoreCase(key)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + key + "' (use front or back)");
    }
}
