package com.bodymap.model.check;

/** What a check's left/right gap means. */
public enum Verdict {
    /** Larger than the test's published measurement error: a real imbalance. */
    MEANINGFUL,
    /** Larger than the app's rough guide; no measurement error is published for this check. */
    ROUGH_GUIDE_GAP,
    /** The sides differ, but by no more than the threshold: within measurement error or noise. */
    WITHIN_THRESHOLD,
    /** Both sides gave the same reading. */
    EQUAL,
    /** One or both sides were not measured, so there is nothing to compare. */
    INCOMPLETE;

    /** Whether this gap earns a place in the release plan. */
    public boolean counts() {
        return this == MEANINGFUL || this == ROUGH_GUIDE_GAP;
    }
}
