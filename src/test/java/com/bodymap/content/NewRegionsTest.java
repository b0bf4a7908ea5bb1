package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Claim;
import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.Suggestion;
import com.bodymap.model.Technique;
import com.bodymap.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The eleven regions added with the anatomical map: ids, views and sides as agreed, complete
 * pages, and the ratings the sources support.
 */
class NewRegionsTest {
    /** id, view and whether it is bilateral, as decided for the whole team. */
    private static final Map<String, Object[]> NEW = Map.ofEntries(
            Map.entry("low-back-muscles", new Object[] {View.BACK, true}),
            Map.entry("mid-back-muscles", new Object[] {View.BACK, true}),
            Map.entry("glute-medius", new Object[] {View.BACK, true}),
            Map.entry("groin", new Object[] {View.FRONT, true}),
            Map.entry("armpit", new Object[] {View.FRONT, true}),
            Map.entry("peroneals", new Object[] {View.FRONT, true}),
            Map.entry("wrist-extensors", new Object[] {View.BACK, true}),
            Map.entry("palm", new Object[] {View.FRONT, true}),
            Map.entry("sacrum", new Object[] {View.BACK, false}),
            Map.entry("obliques", new Object[] {View.FRONT, true}),
            Map.entry("shoulder-blade", new Object[] {View.BACK, true}));

    private static ContentRepository content;

    @BeforeAll
    static void load() throws ContentException {
        content = new ContentLoader().load(ContentSource.bundled());
    }

    private static Region region(String id) {
        return content.region(id).orElseThrow(() -> new AssertionError("missing region " + id));
    }

    @Test
    void thirtyNineRegionsWithTheAgreedIdsViewsAndSides() {
        assertEquals(39, content.regions().size());
        assertEquals(72, content.parts().size(), "shapes: left and right for each bilateral region");
        NEW.forEach((id, spec) -> {
            Region r = region(id);
            assertEquals(spec[0], r.view(), id + ": view");
            assertEquals(spec[1], r.bilateral(), id + ": bilateral");
        });
    }

    @Test
    void everyNewRegionHasACompletePageWithSourcedClaims() {
        List<String> problems = new ArrayList<>();
        for (String id : NEW.keySet()) {
            Region r = region(id);
            if (r.aliases().size() < 3) {
                problems.add(id + ": fewer than 3 search aliases");
            }
            if (r.why().size() < 2) {
                problems.add(id + ": fewer than 2 reasons");
            }
            if (r.instead().isEmpty()) {
                problems.add(id + ": nothing to do instead");
            }
            if (r.rating() != Rating.AVOID && r.techniques().isEmpty()) {
                problems.add(id + ": " + r.rating().word() + " without a technique card");
            }
            for (Claim c : r.why()) {
                if (c.sources().isEmpty()) {
                    problems.add(id + ": unsourced claim " + c.text());
                }
            }
            for (Suggestion s : r.instead()) {
                if (s.sources().isEmpty()) {
                    problems.add(id + ": unsourced suggestion " + s.text());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void searchFindsTheNewRegionsByTheirEverydayNames() {
        Map<String, String> queries = Map.of("erector", "low-back-muscles", "QL", "low-back-muscles",
                "paraspinals", "low-back-muscles", "rhomboids", "mid-back-muscles", "groin", "groin",
                "armpit", "armpit", "peroneals", "peroneals", "tailbone", "sacrum", "infraspinatus", "shoulder-blade",
                "glute medius", "glute-medius");
        queries.forEach((q, id) -> assertTrue(content.search(q).stream().map(Region::id).toList().contains(id),
                "'" + q + "' should find " + id));
    }

    @Test
    void ratingsFollowTheSources() {
        assertEquals(Rating.CAUTION, region("low-back-muscles").rating(), "small tools beside the spine, never a roller");
        assertEquals(Rating.FINE, region("mid-back-muscles").rating(), "over the rib cage");
        assertEquals(Rating.AVOID, region("groin").rating());
        assertEquals(Rating.AVOID, region("armpit").rating());
        // The endangerment-site list: for the groin the article's leg page, for the armpit the same
        // author's cautionary-sites page (the article's arm entries were not read).
        Map.of("groin", "werner-2020", "armpit", "abmp-cautionary-sites").forEach((avoid, list) ->
                assertTrue(content.sourcesFor(region(avoid)).stream().anyMatch(s -> s.id().equals(list)),
                        avoid + " cites the endangerment-site list " + list));
        assertEquals(Rating.AVOID, region("lumbar-spine").rating(), "the bony midline stays red");
    }

    @Test
    void theLowBackCardsWorkBesideTheSpineAndStayOnTheLumbarPage() {
        for (String card : List.of("peanut-beside-spine", "single-ball-beside-spine")) {
            Technique t = content.technique(card).orElseThrow();
            assertEquals(List.of("low-back-muscles"), t.regions(), card + " works on the muscles beside the spine");
            assertTrue(region("low-back-muscles").techniques().contains(card));
            assertTrue(region("lumbar-spine").techniques().contains(card), card + " stays the lumbar page's alternative");
        }
        Technique midBack = content.technique("peanut-between-shoulder-blades").orElseThrow();
        assertTrue(midBack.regions().contains("mid-back-muscles"));
        assertTrue(midBack.tool().toLowerCase().contains("two"), "a two-ball card");
        assertTrue(region("mid-back-muscles").techniques().contains(midBack.id()));
    }

    @Test
    void thePeronealsPageNamesTheFibularHeadAndNerveAtItsTop() {
        Region p = region("peroneals");
        String top = p.summary() + " " + p.why().get(0).text();
        assertTrue(top.contains("fibular head"), top);
        assertTrue(top.contains("common fibular (peroneal) nerve") || top.contains("common fibular nerve"), top);
        assertTrue(p.summary().contains("fibular"), "the summary, at the top of the page, names it");
    }

    @Test
    void newCardsAreReachableFromTheirRegions() {
        Set<String> offered = content.regions().stream()
                .flatMap(r -> java.util.stream.Stream.concat(r.techniques().stream(),
                        r.instead().stream().map(Suggestion::technique).filter(java.util.Objects::nonNull)))
                .collect(Collectors.toSet());
        for (Technique t : content.techniques()) {
            assertTrue(offered.contains(t.id()), t.id() + " is offered on no page");
            for (String r : t.regions()) {
                Region region = region(r);
                assertTrue(region.techniques().contains(t.id())
                        || region.instead().stream().anyMatch(s -> t.id().equals(s.technique())),
                        t.id() + ": " + r + " neither lists nor links it");
            }
        }
    }
}
