package com.bodymap.model.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which way a reading points to the tighter side: a smaller knee-to-wall distance means a tighter
 * calf; a thigh that stays higher in the Thomas test (a larger angle) means tighter hip flexors.
 * For pass/fail checks a pass is stored as 1 and a fail as 0, so a fail is SMALLER.
 */
public enum TighterWhen {
    SMALLER, LARGER;

    @JsonValue
    public String key() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static TighterWhen fromKey(String key) {
        for (TighterWhen t : values()) {
            if (t.key().equalsIgnoreCase(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown direction '" + key + "' (use smaller or larger)");
    }
}
