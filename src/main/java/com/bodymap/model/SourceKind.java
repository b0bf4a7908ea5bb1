package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of evidence a source is, shown next to every claim so users can weigh it. */
public enum SourceKind {
    STUDY("peer-reviewed study", "Study"),
    REVIEW("systematic review or meta-analysis", "Review"),
    GUIDELINE("clinical guideline or consensus", "Guideline"),
    CASE_REPORT("case report", "Case report"),
    CLINICIAN_ARTICLE("clinician or coach article", "Clinician/coach"),
    PRACTITIONER_OPINION("practitioner opinion", "Practitioner opinion"),
    VENDOR_PAGE("vendor page", "Vendor"),
    REFERENCE("reference page", "Reference");

    private final String description;
    private final String shortLabel;

    SourceKind(String description, String shortLabel) {
        this.description = description;
        this.shortLabel = shortLabel;
    }

    @JsonValue
    public String key() { return name().toLowerCase().replace('_', '-'); }

    public String description() { return description; }

    public String shortLabel() { return shortLabel; }

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
