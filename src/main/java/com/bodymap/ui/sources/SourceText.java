package com.bodymap.ui.sources;

import com.bodymap.model.Source;

/** How a source's kind and verification are worded, the same in every view. */
public final class SourceText {
    private SourceText() {
    }

    /**
     * "Coach or trainer article." or "Vendor page; could not be checked." The app's own judgement
     * says only what it is, never "checked" or "could not be checked". Whether a source was
     * checked (against its abstract or page) is apart from its kind: a checked coach article is
     * still a coach's opinion.
     */
    public static String kindSentence(Source s) {
        return capitalise(s.kind().description()) + (s.unchecked() ? "; could not be checked." : ".");
    }

    /** "Checked against the PubMed abstract." or null when nothing is recorded. */
    public static String checkedSentence(Source s) {
        if (!s.verified() || s.checkedAgainst() == null || s.checkedAgainst().isBlank()) {
            return null;
        }
        return "Checked against " + s.checkedAgainst() + ".";
    }

    /** "Title, Publisher (year)" followed by the kind sentence, for reference lists. */
    public static String reference(Source s) {
        return s.citation() + ". " + kindSentence(s);
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
