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
    STUDY("peer-reviewed study", "Study", "\u25A0"),
    REVIEW("systematic review or meta-analysis", "Systematic review", "\u25C6"),
    NARRATIVE_REVIEW("narrative review", "Narrative review", "\u25C7"),
    COMMENTARY("clinical commentary", "Commentary", "\u25A1"),
    GUIDELINE("clinical guideline or consensus", "Guideline", "\u25B2"),
    CASE_REPORT("case report", "Case report", "\u25CF"),
    CLINICIAN_ARTICLE("clinician article", "Clinician", "\u25CB"),
    COACH_ARTICLE("coach or trainer article", "Coach", "\u25B3"),
    PRACTITIONER_OPINION("practitioner opinion", "Practitioner opinion", "\u25BD"),
    VENDOR_PAGE("vendor page", "Vendor", "\u25CC"),
    REFERENCE("reference page", "Reference", "\u25AD"),
    /**
     * The app's own reasoning where no source we found says it (a peanut cannot straddle a bone
     * that has no ridge; a roller is too wide for the palm). Not a published source, so it is
     * never "checked" or "unchecked": it is shown for what it is.
     */
    OWN_JUDGEMENT("the app's own reasoning, not a published source", "Own judgement", "\u270E");

    private final String description;
    private final String shortLabel;
    private final String icon;

    SourceKind(String description, String shortLabel, String icon) {
        this.description = description;
        this.shortLabel = shortLabel;
        this.icon = icon;
    }

    @JsonValue
    public String key() { return name().toLowerCase().replace('_', '-'); }

    public String description() { return description; }

    public String shortLabel() { return shortLabel; }

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
