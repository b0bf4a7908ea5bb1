package com.bodymap.model;

import java.util.List;

/**
 * A body region as the content describes it. A bilateral region is drawn as two shapes (see
 * {@link RegionPart}) that share this content.
 *
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
        List<String> aliases,
        String summary,
        List<Claim> why,
        List<Suggestion> instead,
        List<String> techniques,
        List<String> lookElsewhere,
        List<Disagreement> disagreements,
        String evidence) {

    public Region {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        why = why == null ? List.of() : List.copyOf(why);
        instead = instead == null ? List.of() : List.copyOf(instead);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
        lookElsewhere = lookElsewhere == null ? List.of() : List.copyOf(lookElsewhere);
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    /** The shapes this region is drawn as: left and right for a bilateral region, else one. */
    public List<RegionPart> parts() {
        if (bilateral) {
            return List.of(new RegionPart(this, Side.LEFT), new RegionPart(this, Side.RIGHT));
        }
        return List.of(new RegionPart(this, Side.MIDLINE));
    }
}
