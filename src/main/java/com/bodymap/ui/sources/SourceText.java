package com.bodymap.ui.sources;

import com.bodymap.model.Source;

/** How a source's kind and verification are worded, the same in every view. */
public final class SourceText {
    private SourceText() {
    }

    /** "Clinician or coach article." or "Vendor page; not checked against published research." */
    public static String kindSentence(Source s) {
        return capitalise(s.kind().description()) + (s.verified() ? "." : "; not checked against published research.");
    }

    /** "Title, Publisher (year)" followed by the kind sentence, for reference lists. */
    public static String reference(Source s) {
        return s.citation() + ". " + kindSentence(s);
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
