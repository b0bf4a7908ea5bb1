package com.bodymap.ui.sources;

import com.bodymap.i18n.Messages;
import com.bodymap.model.Source;

/** How a source's kind and verification are worded, the same in every view. */
public final class SourceText {
    private final Messages messages;

    public SourceText(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /**
     * "Coach or trainer article." or "Vendor page; could not be checked." The app's own judgement
     * says only what it is, never "checked" or "could not be checked". Whether a source was
     * checked (against its abstract or page) is apart from its kind: a checked coach article is
     * still a coach's opinion.
     */
    public String kindSentence(Source s) {
        return messages.text(s.unchecked() ? "source.kindSentence.unchecked" : "source.kindSentence", kind(s));
    }

    /** The kind in words, with a capital: "Peer-reviewed study". */
    public String kind(Source s) {
        return capitalise(messages.label(s.kind()));
    }

    /** "Checked against the PubMed abstract." or null when nothing is recorded. */
    public String checkedSentence(Source s) {
        if (!s.verified() || s.checkedAgainst() == null || s.checkedAgainst().isBlank()) {
            return null;
        }
        return messages.text("source.checkedAgainst", s.checkedAgainst());
    }

    /** "Title, Publisher (year)" followed by the kind sentence, for reference lists. */
    public String reference(Source s) {
        return messages.text("source.reference", s.citation(), kindSentence(s));
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
