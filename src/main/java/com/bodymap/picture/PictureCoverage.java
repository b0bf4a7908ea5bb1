package com.bodymap.picture;

import com.bodymap.model.Region;
import com.bodymap.model.Technique;
import com.bodymap.model.Tool;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.picture.PictureSpec.Target;
import com.bodymap.picture.PictureSpec.ToolSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds the drawings to the content: every card and every check has one or two drawings; no
 * drawing names a card or check that does not exist; each has a text alternative and a caption
 * when there are two; the tinted areas are the card's own regions (or regions whose pages list
 * the card) and cover all of them, and a check's are exactly the regions it tests; the tools
 * drawn are the card's tools. Each drawing also passes {@link PictureReview}.
 */
public final class PictureCoverage {
    private final PictureReview review;

    public PictureCoverage(PictureReview review) {
        this.review = review;
    }

    public List<String> problems(PictureBook book, List<Technique> techniques, List<Region> regions,
                                 List<CheckDefinition> checks) {
        List<String> problems = new ArrayList<>();
        Set<String> cardIds = new LinkedHashSet<>();
        techniques.forEach(t -> cardIds.add(t.id()));
        Set<String> checkIds = new LinkedHashSet<>();
        checks.forEach(c -> checkIds.add(c.id()));
        book.cards().keySet().stream().filter(id -> !cardIds.contains(id)).sorted()
                .forEach(id -> problems.add("drawings for '" + id + "', which is not a technique card"));
        book.checks().keySet().stream().filter(id -> !checkIds.contains(id)).sorted()
                .forEach(id -> problems.add("drawings for '" + id + "', which is not a check"));
        Set<String> regionIds = new LinkedHashSet<>();
        regions.forEach(r -> regionIds.add(r.id()));
        for (Technique t : techniques) {
            String where = "card " + t.id();
            List<PictureSpec> drawings = count(book.cards(), t.id(), where, problems);
            Set<String> allowed = new LinkedHashSet<>(t.regions());
            regions.stream().filter(r -> r.techniques().contains(t.id())).forEach(r -> allowed.add(r.id()));
            tinted(drawings, where, t.regions(), allowed, regionIds, problems);
            tools(drawings, where, t.tools(), problems);
            drawings.forEach(d -> each(d, where, problems));
        }
        for (CheckDefinition c : checks) {
            String where = "check " + c.id();
            List<PictureSpec> drawings = count(book.checks(), c.id(), where, problems);
            tinted(drawings, where, c.regions(), new LinkedHashSet<>(c.regions()), regionIds, problems);
            drawings.forEach(d -> each(d, where, problems));
        }
        return problems;
    }

    private static List<PictureSpec> count(Map<String, List<PictureSpec>> all, String id, String where, List<String> problems) {
        List<PictureSpec> drawings = all.getOrDefault(id, List.of());
        if (drawings.isEmpty()) {
            problems.add(where + " has no drawing");
        } else if (drawings.size() > 2) {
            problems.add(where + " has " + drawings.size() + " drawings; one or two (start and finish, or two sides)");
        }
        if (drawings.size() == 2 && drawings.stream().anyMatch(d -> d.label().isBlank())) {
            problems.add(where + " has two drawings but not a caption for each, to tell them apart");
        }
        return drawings;
    }

    /** Every tinted region is allowed and known, and together the drawings tint every region required. */
    private static void tinted(List<PictureSpec> drawings, String where, List<String> required, Set<String> allowed,
                               Set<String> known, List<String> problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (PictureSpec d : drawings) {
            for (Target t : d.targets()) {
                seen.add(t.region());
                if (!known.contains(t.region())) {
                    problems.add(where + ": tints '" + t.region() + "', which is not a region");
                } else if (!allowed.contains(t.region())) {
                    problems.add(where + ": tints " + t.region() + ", which is not one of its regions " + required);
                }
            }
        }
        if (drawings.isEmpty()) {
            return;
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                problems.add(where + ": no drawing tints its region " + r);
            }
        }
    }

    /** The tools drawn are the card's own; a card with tools shows one of them. */
    private static void tools(List<PictureSpec> drawings, String where, List<Tool> cardTools, List<String> problems) {
        boolean shown = false;
        for (PictureSpec d : drawings) {
            for (ToolSpec t : d.tools()) {
                Tool tool;
                try {
                    tool = Tool.fromId(t.tool());
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                    continue;
                }
                if (!cardTools.contains(tool)) {
                    problems.add(where + ": draws a " + tool.id() + ", which the card does not use " + cardTools);
                }
                shown = true;
            }
        }
        if (!cardTools.isEmpty() && !drawings.isEmpty() && !shown) {
            problems.add(where + ": uses " + cardTools + " but no drawing shows a tool");
        }
    }

    private void each(PictureSpec d, String where, List<String> problems) {
        String name = where + (d.label().isBlank() ? "" : " (" + d.label() + ")");
        review.problems(d).forEach(p -> problems.add(name + ": " + p));
    }
}
