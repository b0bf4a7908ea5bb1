package com.bodymap.model.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a check's threshold rests on, named next to every result in words a lay reader follows.
 * Only a published measurement error (smallest real change) says a gap is more than measuring
 * noise; a cut-off from an injury study says gaps that size went with injuries in one group; the
 * app's rule of thumb is a rough guide where no study gives a figure.
 */
public enum ThresholdBasis {
    MEASUREMENT_ERROR("measurement-error"),
    INJURY_ASSOCIATION("injury-association"),
    /** The app's rule of thumb: no study gives a figure, so the result is a rough guide. */
    ROUGH_GUIDE("rule-of-thumb");

    private final String key;

    /** Its name and what it means for the reader come from the bundles ("thresholdBasis.measurement_error"). */
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
        // Checks files written before the bases had their present names.
        if ("rough-guide".equalsIgnoreCase(key)) {
            return ROUGH_GUIDE;
        }
        throw new IllegalArgumentException("unknown threshold basis '" + key
                + "' (use measurement-error, injury-association or rule-of-thumb)");
    }
}
