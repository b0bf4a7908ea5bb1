package com.bodymap.model;

import java.util.List;

/**
 * Where a claim comes from. {@code verified} says whether the citation was checked against the
 * abstract or page; unverified ones are shown as such.
 */
public record Source(
        String id,
        String title,
        String publisher,
        String year,
        SourceKind kind,
        String url,
        boolean verified,
        List<String> supports,
        String note) {

    public Source {
        supports = supports == null ? List.of() : List.copyOf(supports);
    }

    /** "Title, Publisher (year)" for reference lists. */
    public String citation() {
        StringBuilder b = new StringBuilder(title == null ? id : title);
        if (publisher != null && !publisher.isBlank()) {
            b.append(", ").append(publisher);
        }
        if (year != null && !year.isBlank()) {
            b.append(" (").append(year).append(')');
        }
        return b.toString();
    }
}
