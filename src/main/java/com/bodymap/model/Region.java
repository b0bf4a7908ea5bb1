package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Optional;

/**
 * A body region as the content describes it. A bilateral region is drawn as two shapes (see
 * {@link RegionPart}) that share this content.
 *
 * @param toolRatings  the rating for each tool; the headline {@code rating} is what the map shows
 *                     when no tool is chosen
 * @param aliases      other names a user may search for ("low back")
 * @param summary      one sentence shown under the badge
 * @param why          the reasons for the rating
 * @param instead      what to do instead (or as well)
 * @param techniques   ids of the technique cards that apply
 * @param lookElsewhere ids of regions, in the order the sources say to check them
 * @param evidence     a plain statement of what kind of evidence stands behind the rating
 */
public record Region(
        String id,
        String name,
        View view,
        boolean bilateral,
        Rating rating,
        List<ToolRating> toolRatings,
        List<String> aliases,
        String summary,
        List<Claim> why,
        List<Suggestion> instead,
        List<String> techniques,
        List<String> lookElsewhere,
        List<Disagreement> disagreements,
        String evidence) {

    @JsonCreator
    public Region {
        toolRatings = toolRatings == null ? List.of() : List.copyOf(toolRatings);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        why = why == null ? List.of() : List.copyOf(why);
        instead = instead == null ? List.of() : List.copyOf(instead);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
        lookElsewhere = lookElsewhere == null ? List.of() : List.copyOf(lookElsewhere);
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    /** A region without per-tool ratings (tests and older content). */
    public Region(String id, String name, View view, boolean bilateral, Rating rating, List<String> aliases,
                  String summary, List<Claim> why, List<Suggestion> instead, List<String> techniques,
                  List<String> lookElsewhere, List<Disagreement> disagreements, String evidence) {
        this(id, name, view, bilateral, rating, List.of(), aliases, summary, why, instead, techniques, lookElsewhere,
                disagreements, evidence);
    }

    public Optional<ToolRating> toolRating(Tool tool) {
        return toolRatings.stream().filter(t -> t.tool() == tool).findFirst();
    }

    /** What the map shows for this region: the tool's rating, or the headline when no tool is chosen. */
    public ToolVerdict verdict(Tool tool) {
        if (tool == null) {
            return ToolVerdict.of(rating);
        }
        return toolRating(tool).map(ToolRating::rating).orElse(ToolVerdict.of(rating));
    }

    /** The shapes this region is drawn as: left and right for a bilateral region, else one. */
    public List<RegionPart> parts() {
        if (bilateral) {
            return List.of(new RegionPart(this, Side.LEFT), new RegionPart(this, Side.RIGHT));
        }
        return List.of(new RegionPart(this, Side.MIDLINE));
    }
}
