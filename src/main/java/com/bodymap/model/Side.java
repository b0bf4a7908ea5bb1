package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The body's own side. MIDLINE is for single regions on the centre line (neck, spine, abdomen). */
public enum Side {
    LEFT, RIGHT, MIDLINE;

    @JsonValue
    public String key() { return name().toLowerCase(); }

    public String label() {
        return switch (this) {
            case LEFT -> "Left";
            case RIGHT -> "Right";
            case MIDLINE -> "Midline";
        };
    }

    public Side opposite() {
        return switch (this) {
            case LEFT -> RIGHT;
            case RIGHT -> LEFT;
            case MIDLINE -> MIDLINE;
        };
    }

    @JsonCreator
    public static Side fromKey(String key) {
        for (Side s : values()) {
            if (s.key().equalsIgnoreCase(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown side '" + key + "' (use left, right or midline)");
    }
}
