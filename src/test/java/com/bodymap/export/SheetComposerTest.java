package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Rating;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SheetComposerTest {
    private final SheetComposer composer = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures());

    @Test
    void unknownIdsAreAllNamed() {
        UnknownSheetIdException e = assertThrows(UnknownSheetIdException.class,
                () -> composer.forIds(List.of("glutes", "elbow", "glute-roll", "knee")));
        assertEquals(List.of("elbow", "knee"), e.ids());
        assertTrue(e.getMessage().contains("'elbow', 'knee'"), e.getMessage());
    }

    @Test
    void aRegionHighlightsBothSidesAndAPartIdOnlyItsSide() throws Exception {
        assertEquals(Map.of("glutes-left", Rating.FINE, "glutes-right", Rating.FINE), highlighted(composer.forIds(List.of("glutes"))));
        assertEquals(Map.of("glutes-left", Rating.FINE), highlighted(composer.forIds(List.of("glutes-left"))));
    }

    @Test
    void aCardShowsTheFigureOfEachViewItsRegionsAreOn() throws Exception {
        SheetBlock.Title title = (SheetBlock.Title) composer.forIds(List.of("glute-roll")).blocks().get(0);
        assertEquals(1, title.figures().size());
        assertEquals("Back view", title.figures().get(0).caption());
        assertEquals(List.of(new SheetBlock.Badge(Rating.FINE, "\u2714 Fine", "Glutes")), title.badges());
    }

    @Test
    void withoutFiguresSheetsStillBuild() throws Exception {
        SheetComposer bare = new SheetComposer(SheetFixtures.content(), Map.of());
        SheetBlock.Title title = (SheetBlock.Title) bare.forIds(List.of("lumbar-spine")).blocks().get(0);
        assertTrue(title.figures().isEmpty());
    }

    @Test
    void severalIdsMakeOneDocumentWithEachStartingANewPage() throws Exception {
        SheetDocument doc = composer.forIds(List.of("glute-roll", "lumbar-stretch", "glutes", "it-band"));
        assertEquals("Glute roll, Knee rocks for the low back and 2 more", doc.title());
        assertEquals(SheetFixtures.DISCLAIMER, doc.footnote());
        long titles = doc.blocks().stream().filter(SheetBlock.Title.class::isInstance).count();
        long breaks = doc.blocks().stream().filter(SheetBlock.PageBreak.class::isInstance).count();
        assertEquals(titles - 1, breaks);
    }

    @Test
    void aPlanIsATitleAResultsTableTheOrderedCardsAndEachCard() {
        PersonalPlan plan = new PersonalPlan("Your plan", List.of("Tighter side: left"), List.of("Check", "Left", "Right"),
                List.of(List.of("Hip turn", "30\u00b0", "40\u00b0")), List.of("Glutes: start on your left side"),
                "Re-test after.", List.of("glutes-left"), List.of("lumbar-stretch", "glute-roll"));
        SheetDocument doc = composer.plan(plan);
        SheetBlock.Title title = (SheetBlock.Title) doc.blocks().get(0);
        assertEquals(List.of("Tighter side: left"), title.lines());
        assertEquals(List.of(new SheetBlock.Badge(Rating.FINE, "\u2714 Fine", SheetFixtures.content().part("glutes-left").orElseThrow().displayName())), title.badges());
        assertEquals(Map.of("glutes-left", Rating.FINE), title.figures().get(0).highlighted());
        assertTrue(doc.blocks().contains(new SheetBlock.Table(List.of("Check", "Left", "Right"),
                List.of(List.of("Hip turn", "30\u00b0", "40\u00b0")), List.of())));
        assertTrue(doc.blocks().contains(new SheetBlock.ItemList(List.of("Glutes: start on your left side"), true)));
        assertTrue(doc.blocks().contains(new SheetBlock.Paragraph("Re-test after.")));
        assertTrue(doc.blocks().contains(new SheetBlock.ItemList(List.of("Knee rocks for the low back", "Glute roll"), true)));
        List<String> cardTitles = doc.blocks().stream().filter(SheetBlock.Title.class::isInstance)
                .map(b -> ((SheetBlock.Title) b).text()).toList();
        assertEquals(List.of("Your plan", "Knee rocks for the low back", "Glute roll"), cardTitles);
        assertThrows(IllegalArgumentException.class, () -> composer.plan(new PersonalPlan("P", null, null, null, null, null, null, List.of("nope"))));
    }

    private static Map<String, Rating> highlighted(SheetDocument doc) {
        SheetBlock.Title title = (SheetBlock.Title) doc.blocks().get(0);
        return title.figures().get(0).highlighted();
    }
}
