package com.bodymap.model.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a threshold is in the check's own unit or a percentage of the larger side. */
public enum ThresholdScale {
    ABSOLUTE, PERCENT;

    @JsonValue
    public String key() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static ThresholdScale fromKey(String key) {
        for (ThresholdScale s : values()) {
            if (s.key().equalsIgnoreCase(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown threshold scale '" + key + "' (use absolute or percent)");
    }
}
