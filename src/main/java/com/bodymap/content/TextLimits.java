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

    private static void length(List<ContentProblem> problems, String file, String at, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            problems.add(new ContentProblem(file, at, "is " + text.codePointCount(0, text.length())
                    + " characters long; at most " + max + " fit at the top of a printed sheet"));
        }
    }
}
