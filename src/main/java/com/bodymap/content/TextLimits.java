package com.bodymap.content;

import com.bodymap.model.Region;
import com.bodymap.model.Technique;
import java.util.ArrayList;
import java.util.List;

/**
 * Lengths the printed sheets rely on: a region's name and summary, and a card's title, tool,
 * set-up, dose and regions, all go into the block at the top of a sheet beside the figures, which
 * must fit on one page. Longer text belongs in the steps, reasons or notes, which flow over pages.
 * ExtremeLengthsTest lays out sheets with every one of these at its limit.
 */
public final class TextLimits {
    public static final int NAME = 120;
    public static final int SUMMARY = 400;
    public static final int TOOL = 120;
    public static final int SETUP = 600;
    public static final int DOSE = 300;
    public static final int REGIONS_PER_CARD = 8;
    /**
     * The longest run of characters without a space in any text the app shows: the window's
     * labels (JavaFX's own line breaking) take half a minute over a 200,000-character word, and
     * about 20 s over 180,000 characters in words of 300, hence also the cap on a whole text.
     */
    public static final int WORD = 300;
    /** The longest single text (a reason, a step, a claim): the bundled ones are under 400 characters. */
    public static final int TEXT = 3_000;

    private TextLimits() {
    }

    static List<ContentProblem> check(List<Region> regions, List<Technique> techniques) {
        List<ContentProblem> problems = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            length(problems, ContentLoader.REGIONS, "$[" + i + "].name", r.name(), NAME);
            length(problems, ContentLoader.REGIONS, "$[" + i + "].summary", r.summary(), SUMMARY);
        }
        for (int i = 0; i < techniques.size(); i++) {
            Technique t = techniques.get(i);
            String at = "$[" + i + "]";
            length(problems, ContentLoader.TECHNIQUES, at + ".title", t.title(), NAME);
            length(problems, ContentLoader.TECHNIQUES, at + ".tool", t.tool(), TOOL);
            length(problems, ContentLoader.TECHNIQUES, at + ".setup", t.setup(), SETUP);
            if (t.dose() != null) {
                length(problems, ContentLoader.TECHNIQUES, at + ".dose.text", t.dose().text(), DOSE);
            }
            if (t.regions().size() > REGIONS_PER_CARD) {
                problems.add(new ContentProblem(ContentLoader.TECHNIQUES, at + ".regions", "names " + t.regions().size()
                        + " regions; a card serves at most " + REGIONS_PER_CARD + " (make a card per group of regions)"));
            }
        }
        return problems;
    }

    /** The length of the longest run of characters without white space in {@code text}. */
    static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static void length(List<ContentProblem> problems, String file, String at, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            problems.add(new ContentProblem(file, at, "is " + text.codePointCount(0, text.length())
                    + " characters long; at most " + max + " fit at the top of a printed sheet"));
        }
    }
}
