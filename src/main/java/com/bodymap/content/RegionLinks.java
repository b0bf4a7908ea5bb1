package com.bodymap.content;

import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the links a region page shows to other regions ("what to do instead" and "where else to
 * look"): a link back to the page itself leads nowhere, and one to a region rated avoid sends the
 * reader somewhere they must not roll. Links to unknown regions are ContentValidator's concern.
 */
final class RegionLinks {
    private RegionLinks() {
    }

    static List<ContentProblem> check(List<Region> regions) {
        Map<String, Rating> ratings = new HashMap<>();
        regions.forEach(r -> ratings.putIfAbsent(r.id(), r.rating()));
        List<ContentProblem> problems = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            for (int j = 0; j < r.instead().size(); j++) {
                String target = r.instead().get(j).region();
                if (target != null) {
                    link(r, target, "$[" + i + "].instead[" + j + "].region", ratings, problems);
                }
            }
            for (int j = 0; j < r.lookElsewhere().size(); j++) {
                link(r, r.lookElsewhere().get(j), "$[" + i + "].lookElsewhere[" + j + "]", ratings, problems);
            }
        }
        return problems;
    }

    private static void link(Region from, String target, String at, Map<String, Rating> ratings,
                             List<ContentProblem> problems) {
        if (target.equals(from.id())) {
            problems.add(new ContentProblem(ContentLoader.REGIONS, at,
                    "links region '" + from.id() + "' to itself; point to another region"));
        } else if (ratings.get(target) == Rating.AVOID) {
            problems.add(new ContentProblem(ContentLoader.REGIONS, at,
                    "links to region '" + target + "', which is rated avoid; point to a region that is safe to work on"));
        }
    }
}
