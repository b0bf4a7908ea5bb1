package com.bodymap.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentException;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentSource;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolVerdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The map's view-model with the tool picker, on the content as it will ship (39 regions). */
class BodyMapViewModelTest {
    private ContentRepository content;
    private BodyMapViewModel model;

    @BeforeEach
    void setUp() throws ContentException {
        content = new ContentLoader().load(ContentSource.bundled());
        model = new BodyMapViewModel(content, com.bodymap.i18n.Messages.english());
    }

    private RegionPart part(String id) {
        return content.part(id).orElseThrow();
    }

    @Test
    void withNoToolTheMapShowsTheHeadlineRatings() {
        assertEquals(ToolVerdict.AVOID, model.verdict(part("lumbar-spine")));
        assertEquals(ToolVerdict.CAUTION, model.verdict(part("low-back-muscles-left")));
        assertEquals("Showing: all tools (each region's overall rating)", model.showing());
        assertEquals("Lumbar spine (low back): avoid", model.describe(part("lumbar-spine")));
        assertEquals("Glutes (buttocks), left: fine", model.describe(part("glutes-left")));
    }

    @Test
    void choosingAToolShowsThatToolsRatings() {
        model.chooseTool(Tool.PEANUT);
        assertEquals(ToolVerdict.FINE, model.verdict(part("low-back-muscles-right")));
        assertEquals(ToolVerdict.CAUTION, model.verdict(part("lumbar-spine")));
        assertEquals(ToolVerdict.DOES_NOT_FIT, model.verdict(part("quadriceps-left")));
        assertEquals("Showing: Two balls (peanut)", model.showing());
        assertTrue(model.describe(part("low-back-muscles-left")).endsWith(", left: fine for the two balls (peanut)"),
                model.describe(part("low-back-muscles-left")));
        model.chooseTool(Tool.FOAM_ROLLER);
        assertEquals(ToolVerdict.AVOID, model.verdict(part("lumbar-spine")));
        assertEquals(ToolVerdict.AVOID, model.verdict(part("low-back-muscles-left")));
        assertEquals(ToolVerdict.FINE, model.verdict(part("thoracic-spine")));
        model.chooseTool(null);
        assertEquals(ToolVerdict.CAUTION, model.verdict(part("low-back-muscles-left")));
    }

    @Test
    void theToolIsKeptWhenTheSelectionMoves() {
        model.chooseTool(Tool.MASSAGE_GUN);
        model.select("back-of-neck");
        model.selectRegion("glutes");
        assertEquals(Tool.MASSAGE_GUN, model.getTool());
        assertEquals(ToolVerdict.AVOID, model.verdict(part("back-of-neck")));
    }
}
