package com.bodymap.ui.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Region;
import com.bodymap.model.Side;
import com.bodymap.model.Source;
import com.bodymap.model.View;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TechniqueCardViewModelTest {
    private final List<String> sourcesShown = new ArrayList<>();
    private BodyMapViewModel map;
    private TechniqueCardViewModel model;

    @BeforeEach
    void setUp() {
        ContentRepository content = LibraryFixture.content();
        map = new BodyMapViewModel(content, com.bodymap.i18n.Messages.english());
        model = new TechniqueCardViewModel(content, map, sourcesShown::add);
    }

    @Test
    void showsACardByIdAndRefusesAnUnknownOne() {
        assertEquals("Technique card", model.windowTitle().get());
        assertTrue(model.show("hamstring-roll"));
        assertEquals("Technique card: Roll the hamstrings", model.windowTitle().get());
        assertFalse(model.show("no-such-card"));
        assertEquals("hamstring-roll", model.techniqueProperty().get().id(), "an unknown id leaves the card on show");
    }

    @Test
    void listsRegionsAndNumbersSourcesInCardOrder() {
        model.show("hamstring-roll");
        assertEquals(List.of("hamstrings"), model.regions().stream().map(Region::id).toList());
        assertEquals(List.of("review", "coach"), model.sources().stream().map(Source::id).toList());
        assertEquals(2, model.sourceNumber("coach"));
        assertEquals(-1, model.sourceNumber("vendor"));
    }

    @Test
    void breaksTheDoseIntoLabelledLines() {
        model.show("glute-roll");
        assertEquals(List.of(new TechniqueCardViewModel.DoseLine("How long", "60 seconds per side"),
                new TechniqueCardViewModel.DoseLine("Passes or sets", "1 to 2 passes"),
                new TechniqueCardViewModel.DoseLine("How often", "daily")), model.doseLines());
    }

    @Test
    void aRegionLinkSelectsTheRegionAndFlipsTheMap() {
        model.show("it-band-neighbours");
        assertNull(map.getSelected());
        assertEquals(View.BACK, map.getView());
        model.openRegion("it-band");
        assertEquals("it-band-left", map.getSelected().id());
        assertEquals(Side.LEFT, map.getSelected().side());
        assertEquals(View.FRONT, map.getView(), "the IT band is drawn on the front");
    }

    @Test
    void aSourceOpensInTheSourcesView() {
        model.show("peanut");
        model.showSource("coach");
        assertEquals(List.of("coach"), sourcesShown);
    }
}
