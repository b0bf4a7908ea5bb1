package com.bodymap.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.export.SheetFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetChooserViewModelTest {
    private final SheetChooserViewModel model = new SheetChooserViewModel(SheetFixtures.content());

    @Test
    void offersTheBookletEveryRegionAndEveryCard() {
        List<String> ids = model.shown().stream().map(SheetChoice::id).toList();
        assertEquals(List.of("all", "lumbar-spine", "glutes", "it-band", "glute-roll", "lumbar-stretch"), ids);
        assertTrue(model.shown().get(1).label().contains("(avoid)"), model.shown().get(1).label());
    }

    @Test
    void tickedIdsComeInListOrderAndSurviveTheFilter() {
        assertFalse(model.anySelected().get());
        assertEquals("Tick what to print.", model.summary().get());
        model.select("lumbar-stretch");
        model.filterProperty().set("glute");
        assertEquals(List.of("glutes", "glute-roll"), model.shown().stream().map(SheetChoice::id).toList());
        model.shown().get(1).selectedProperty().set(true);
        model.filterProperty().set("");
        assertEquals(List.of("glute-roll", "lumbar-stretch"), model.selectedIds());
        assertTrue(model.anySelected().get());
        assertEquals("2 chosen.", model.summary().get());
    }

    @Test
    void regionPagesPrintAloneUnlessTheirCardsAreAskedFor() {
        model.select("lumbar-spine");
        model.select("glute-roll");
        assertFalse(model.shown().get(1).label().contains("cards"), "a region choice is the page: " + model.shown().get(1).label());
        assertEquals(List.of("lumbar-spine", "glute-roll"), model.selectedIds());
        model.withCardsProperty().set(true);
        assertEquals(List.of("lumbar-spine+cards", "glute-roll"), model.selectedIds(), "only region pages take their cards");
    }
}
