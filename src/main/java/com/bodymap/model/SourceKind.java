package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of evidence a source is, shown next to every claim so users can weigh it. Each kind
 * has a word, a short label for chips and a symbol, so kinds tell apart without colour; the
 * research kinds come first (filled symbols for studies and systematic reviews), opinions after,
 * and the app's own judgement last.
 */
public enum SourceKind {
    STUDY("\u25A0"),
    REVIEW("\u25C6"),
    NARRATIVE_REVIEW("\u25C7"),
    COMMENTARY("\u25A1"),
    GUIDELINE("\u25B2"),
    CASE_REPORT("\u25CF"),
    CLINICIAN_ARTICLE("\u25CB"),
    COACH_ARTICLE("\u25B3"),
    PRACTITIONER_OPINION("\u25BD"),
    VENDOR_PAGE("\u25CC"),
    REFERENCE("\u25AD"),
    /**
     * The app's own reasoning where no source we found says it (a peanut cannot straddle a bone
     * that has no ridge; a roller is too wide for the palm). Not a published source, so it is
     * never "checked" or "unchecked": it is shown for what it is.
     */
    OWN_JUDGEMENT("\u270E");

    private final String icon;

    /** Its words ("peer-reviewed study", short "Study", plural) come from the bundles ("sourceKind.study"). */
    SourceKind(String icon) {
        this.icon = icon;
    }

    @JsonValue
    public String key() { return name().toLowerCase().replace('_', '-'); }

    /** A symbol for the kind, drawn before its label on chips and in the sources view. */
    public String icon() { return icon; }

    /** Whether sources of this kind are published work that can be checked against its text. */
    public boolean published() { return this != OWN_JUDGEMENT; }

    @JsonCreator
    public static SourceKind fromKey(String key) {
        for (SourceKind k : values()) {
            if (k.key().equalsIgnoreCase(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind '" + key + "'");
    }
}
