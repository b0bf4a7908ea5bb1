package com.bodymap.model;

import java.util.List;

/**
 * Where a claim comes from. {@code verified} says whether the citation was checked against the
 * source itself (its abstract, page or full text): that it exists and says what the app says it
 * says. It is not a verdict on how strong the evidence is; {@link #kind} says that. Where it was
 * checked, {@code checkedAgainst} says what was read ("the PubMed abstract"); where not, the
 * {@code note} says why. A source of the kind {@link SourceKind#OWN_JUDGEMENT} is the app's own
 * reasoning: never verified, and never shown as "could not be checked" either (see {@link #unchecked}).
 */
public record Source(
        String id,
        String title,
        String publisher,
        String year,
        SourceKind kind,
        String url,
        boolean verified,
        String checkedAgainst,
        List<String> supports,
        String note) {

    public Source {
        supports = supports == null ? List.of() : List.copyOf(supports);
    }

    /** A source without a record of what was read (older content files, test fixtures). */
    public Source(String id, String title, String publisher, String year, SourceKind kind, String url,
                  boolean verified, List<String> supports, String note) {
        this(id, title, publisher, year, kind, url, verified, null, supports, note);
    }

    /**
     * A published source that could not be checked: shown as such ("could not be checked"). The
     * app's own judgement is never that, since there is nothing outside the app to check it against.
     */
    public boolean unchecked() {
        return !verified && (kind == null || kind.published());
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
