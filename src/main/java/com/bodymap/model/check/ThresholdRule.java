package com.bodymap.model.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * How a gap exactly equal to the threshold is judged. A measurement error must be exceeded: a gap
 * the size of the error could still be noise ("more than 2 cm"). A cut-off from an injury study is
 * used the way the study stated it ("15% or more").
 */
public enum ThresholdRule {
    EXCEEDS("exceeds"),
    AT_LEAST("at-least");

    private final String key;

    ThresholdRule(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public boolean passes(BigDecimal gap, BigDecimal threshold) {
        int c = gap.compareTo(threshold);
        return this == EXCEEDS ? c > 0 : c >= 0;
    }

    @JsonCreator
    public static ThresholdRule fromKey(String key) {
        for (ThresholdRule r : values()) {
            if (r.key.equalsIgnoreCase(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown threshold rule '" + key + "' (use exceeds or at-least)");
    }
}
