package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.Technique;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolRating;
import com.bodymap.model.ToolVerdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ratings per tool (issue 12) on all 39 regions, as they will ship, checked against what the sources say. */
class ToolRatingsContentTest {
    private static ContentRepository content;

    @BeforeAll
    static void load() throws ContentException {
        content = new ContentLoader().load(ContentSource.bundled());
    }

    private static ToolVerdict verdict(String region, Tool tool) {
        Region r = content.region(region).orElseThrow(() -> new AssertionError("missing region " + region));
        return r.toolRating(tool).orElseThrow(() -> new AssertionError(region + " has no rating for " + tool.id())).rating();
    }

    @Test
    void everyRegionRatesAllFiveToolsEachWithAReasonAndASource() {
        List<String> problems = new ArrayList<>();
        assertEquals(39, content.regions().size());
        for (Region r : content.regions()) {
            for (Tool tool : Tool.values()) {
                ToolRating t = r.toolRating(tool).orElse(null);
                if (t == null) {
                    problems.add(r.id() + ": no rating for " + tool.id());
                } else if (t.reason() == null || t.reason().isBlank() || t.sources().isEmpty()) {
                    problems.add(r.id() + "/" + tool.id() + ": reason or source missing");
                }
            }
            if (r.toolRatings().size() != Tool.values().length) {
                problems.add(r.id() + ": " + r.toolRatings().size() + " tool ratings");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void whatTheSourcesSayPerTool() {
        assertEquals(ToolVerdict.AVOID, verdict("lumbar-spine", Tool.FOAM_ROLLER), "no foam roller on the lumbar spine");
        assertEquals(ToolVerdict.FINE, verdict("low-back-muscles", Tool.PEANUT), "two taped balls beside the spine");
        assertEquals(ToolVerdict.FINE, verdict("low-back-muscles", Tool.BALL), "one ball beside the vertebrae");
        assertEquals(ToolVerdict.AVOID, verdict("lumbar-spine", Tool.BALL), "never on the vertebrae");
        assertEquals(ToolVerdict.AVOID, verdict("low-back-muscles", Tool.FOAM_ROLLER));
        assertEquals(ToolVerdict.AVOID, verdict("lumbar-spine", Tool.VIBRATING_ROLLER), "beside the spine, never on it");
        assertEquals(ToolVerdict.AVOID, verdict("back-of-neck", Tool.MASSAGE_GUN), "case reports tie neck injuries to guns");
        assertEquals(ToolVerdict.CAUTION, verdict("back-of-neck", Tool.BALL), "not to a gentle ball");
        assertEquals(ToolVerdict.FINE, verdict("thoracic-spine", Tool.FOAM_ROLLER));
        assertEquals(ToolVerdict.FINE, verdict("mid-back-muscles", Tool.PEANUT));
        for (Tool tool : Tool.values()) {
            for (String zone : List.of("groin", "armpit", "neck", "back-of-knee")) {
                assertEquals(ToolVerdict.AVOID, verdict(zone, tool), zone + " is an avoid zone for every tool");
            }
        }
    }

    @Test
    void theHeadlineRatingsStayAsTheyWere() {
        assertEquals(Rating.AVOID, content.region("lumbar-spine").orElseThrow().rating());
        for (String fine : List.of("thoracic-spine", "glutes", "quadriceps")) {
            assertEquals(Rating.FINE, content.region(fine).orElseThrow().rating(), fine);
        }
    }

    @Test
    void aFineToolRatingLinksACardForThatTool() {
        List<String> problems = new ArrayList<>();
        for (Region r : content.regions()) {
            for (ToolRating t : r.toolRatings()) {
                if (t.technique() == null) {
                    continue;
                }
                Technique card = content.technique(t.technique()).orElseThrow();
                // A fine rating links the card for doing it with that tool; other ratings may link the
                // alternative, which the page then labels "instead".
                if (t.rating() == ToolVerdict.FINE && !card.tools().contains(t.tool())) {
                    problems.add(r.id() + "/" + t.tool().id() + " is " + t.rating().word()
                            + " but its card " + card.id() + " uses " + card.tools());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyCardNamesItsToolsById() {
        for (Technique t : content.techniques()) {
            boolean noEquipment = t.tool().toLowerCase().startsWith("none");
            assertEquals(noEquipment, t.tools().isEmpty(), t.id() + ": tool ids " + t.tools() + " for '" + t.tool() + "'");
        }
        assertEquals(List.of(Tool.PEANUT), content.technique("peanut-beside-spine").orElseThrow().tools());
        assertFalse(content.technique("vibrating-roller-note").orElseThrow().tools().isEmpty());
    }
}
