package com.bodymap.model.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a check's threshold comes from. Only a published measurement error (minimal detectable
 * change or error of measurement) says a gap is real; anything else is a rough guide, and the app
 * says so next to the result.
 */
public enum ThresholdBasis {
    MEASUREMENT_ERROR("measurement-error"),
    ROUGH_GUIDE("rough-guide");

    private final String key;

    ThresholdBasis(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static ThresholdBasis fromKey(String key) {
        for (ThresholdBasis b : values()) {
            if (b.key.equalsIgnoreCase(key)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown threshold basis '" + key + "' (use measurement-error or rough-guide)");
    }
}
