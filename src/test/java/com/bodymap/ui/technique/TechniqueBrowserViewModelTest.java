package com.bodymap.ui.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Dose;
import com.bodymap.model.Rating;
import com.bodymap.model.Technique;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TechniqueBrowserViewModelTest {
    private final List<String> opened = new ArrayList<>();
    private TechniqueBrowserViewModel model;

    @BeforeEach
    void setUp() {
        model = new TechniqueBrowserViewModel(LibraryFixture.content(), opened::add, com.bodymap.i18n.Messages.english());
    }

    private List<String> shown() {
        return model.shown().stream().map(Technique::id).toList();
    }

    @Test
    void showsEveryCardUntilFiltered() {
        assertEquals(5, model.shown().size());
        assertEquals("All 5 cards", model.countText().get());
        assertFalse(model.filtered().get());
    }

    @Test
    void filtersByTool() {
        assertTrue(model.filterByTool("Lacrosse ball"));
        assertEquals(List.of("piriformis-ball", "it-band-neighbours"), shown(),
                "cards naming the tool, alone or among others, but not 'Two lacrosse balls'");
        assertEquals("2 of 5 cards", model.countText().get());
        assertTrue(model.filtered().get());
    }

    @Test
    void toolChoicesAreEachToolOnceAfterAny() {
        assertEquals(List.of("Any tool", "Foam roller", "Lacrosse ball", "Two lacrosse balls taped together"),
                model.toolChoices().stream().map(FilterChoice::label).toList());
        assertFalse(model.filterByTool("Kettlebell"), "an unknown tool is refused");
        assertEquals(5, model.shown().size());
    }

    @Test
    void filtersByRegionServed() {
        model.filterByRegion("hamstrings");
        assertEquals(List.of("it-band-neighbours", "hamstring-roll"), shown());
    }

    @Test
    void regionChoicesAreOnlyRegionsACardServesByName() {
        assertEquals(List.of("Any region", "Glutes", "Hamstrings", "Lumbar spine (low back)", "Outer thigh (IT band)"),
                model.regionChoices().stream().map(FilterChoice::label).toList());
    }

    @Test
    void filtersByTheRatingOfAnyRegionServed() {
        model.filterByRating(Rating.AVOID);
        assertEquals(List.of("peanut"), shown());
        model.filterByRating(Rating.CAUTION);
        assertEquals(List.of("it-band-neighbours"), shown());
        model.filterByRating(Rating.FINE);
        assertEquals(List.of("glute-roll", "piriformis-ball", "it-band-neighbours", "hamstring-roll"), shown(),
                "a card serving a caution and a fine region counts for both");
    }

    @Test
    void searchMatchesTitleToolRegionNameAndAliasWithEveryWord() {
        model.queryProperty().set("ball");
        assertEquals(List.of("piriformis-ball", "peanut", "it-band-neighbours"), shown(), "title or tool");
        model.queryProperty().set("low back");
        assertEquals(List.of("peanut"), shown(), "a region's alias");
        model.queryProperty().set("Roller  HAMSTRINGS");
        assertEquals(List.of("it-band-neighbours", "hamstring-roll"), shown(), "every word, any case, any order");
        model.queryProperty().set("ball roll");
        assertEquals(List.of("it-band-neighbours"), shown(), "both words on the same card");
        model.queryProperty().set("elbow");
        assertEquals(List.of(), shown());
        assertEquals("0 of 5 cards", model.countText().get());
    }

    @Test
    void filtersCombineAndClearTogether() {
        model.filterByTool("Foam roller");
        model.filterByRating(Rating.FINE);
        model.queryProperty().set("glute");
        assertEquals(List.of("glute-roll"), shown());
        model.clearFilters();
        assertEquals(5, model.shown().size());
        assertFalse(model.filtered().get());
        assertEquals("", model.queryProperty().get());
    }

    @Test
    void aTileShowsTheDoseInBriefAndTheCardInFull() {
        assertEquals("60 s per side", model.tileDose(model.shown().get(0)));
        Technique words = new Technique("w", "W", "Foam roller", "Set up.", List.of("Go."),
                new Dose(null, null, null, null, "30 to 120 seconds per leg, 1 to 3 sets (the range used in studies)."),
                List.of(), List.of(), List.of(), List.of(), List.of("coach"), "Opinion.");
        assertEquals("30 to 120 seconds per leg", model.tileDose(words));
    }

    @Test
    void openingATileHandsTheIdToTheCardWindow() {
        model.open(model.shown().get(1));
        assertEquals(List.of("piriformis-ball"), opened);
    }

    @Test
    void cardsThatNameTheirToolsByIdAreFilteredByThoseTools() {
        Technique peanut = new Technique("p", List.of(com.bodymap.model.Tool.PEANUT), "Peanut", "Two lacrosse balls taped together",
                "Set up.", List.of("Go."), new com.bodymap.model.Dose(null, null, null, null, "A minute."), List.of(), List.of(),
                List.of(), List.of("lumbar-spine"), List.of("coach"), "Opinion.");
        Technique gun = new Technique("g", List.of(com.bodymap.model.Tool.MASSAGE_GUN, com.bodymap.model.Tool.BALL), "Gun",
                "Percussion device or a ball", "Set up.", List.of("Go."), new com.bodymap.model.Dose(null, null, null, null, "A minute."),
                List.of(), List.of(), List.of(), List.of("lumbar-spine"), List.of("coach"), "Opinion.");
        assertEquals(List.of("Two balls (peanut)"), new ToolNames(com.bodymap.i18n.Messages.english()).of(peanut), "the id's name, not the words of the tool text");
        assertEquals(List.of("Massage gun", "Massage ball"), new ToolNames(com.bodymap.i18n.Messages.english()).of(gun));
        assertEquals(List.of("Lacrosse ball"), new ToolNames(com.bodymap.i18n.Messages.english()).of("Lacrosse ball"), "cards without ids keep today's names");
    }
}
