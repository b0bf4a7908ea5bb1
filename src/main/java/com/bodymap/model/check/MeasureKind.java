package com.bodymap.model.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a check records for each side, and in which unit. */
public enum MeasureKind {
    DEGREES("degrees", "°", "degrees"),
    CENTIMETRES("centimetres", " cm", "cm"),
    PASS_FAIL("pass-fail", "", ""),
    RATING_0_10("rating-0-10", "/10", "points");

    private final String key;
    private final String suffix;
    private final String unitWord;

    MeasureKind(String key, String suffix, String unitWord) {
        this.key = key;
        this.suffix = suffix;
        this.unitWord = unitWord;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** Appended to a value: "12°", "8.5 cm", "6/10". */
    public String suffix() {
        return suffix;
    }

    /** The unit of a difference in words: "degrees", "cm", "points". */
    public String unitWord() {
        return unitWord;
    }

    public boolean numeric() {
        return this != PASS_FAIL;
    }

    @JsonCreator
    public static MeasureKind fromKey(String key) {
        for (MeasureKind k : values()) {
            if (k.key.equalsIgnoreCase(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown measure kind '" + key
                + "' (use degrees, centimetres, pass-fail or rating-0-10)");
    }
}
