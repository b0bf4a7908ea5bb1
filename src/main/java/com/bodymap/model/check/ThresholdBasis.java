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
    MEASUREMENT_ERROR("measurement-error", "Measurement error",
            "a smaller gap could come from measuring alone"),
    INJURY_ASSOCIATION("injury-association", "Injury study",
            "gaps this size went with more injuries in one group of athletes; that does not make it a measurement error"),
    /** The app's rule of thumb: no study gives a figure, so the result is a rough guide. */
    ROUGH_GUIDE("rule-of-thumb", "The app's rule of thumb",
            "no study gives a figure for this, so treat the result as a rough guide");

    private final String key;
    private final String label;
    private final String meaning;

    ThresholdBasis(String key, String label, String meaning) {
        this.key = key;
        this.label = label;
        this.meaning = meaning;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** "Measurement error", "Injury study", "The app's rule of thumb". */
    public String label() {
        return label;
    }

    /** What the basis means for the reader, as a clause: "a smaller gap could come from measuring alone". */
    public String meaning() {
        return meaning;
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
