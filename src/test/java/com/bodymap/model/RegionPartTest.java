package com.bodymap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionPartTest {
    private static Region region(String id, boolean bilateral, Rating rating) {
        return new Region(id, "Glutes", View.BACK, bilateral, rating, List.of(), "s", List.of(), List.of(),
                List.of(), List.of(), List.of(), "e");
    }

    @Test
    void bilateralRegionHasLeftAndRightParts() {
        List<RegionPart> parts = region("glutes", true, Rating.FINE).parts();
        assertEquals(List.of("glutes-left", "glutes-right"), parts.stream().map(RegionPart::id).toList());
        assertEquals("Glutes, left: fine", parts.get(0).accessibleText());
    }

    @Test
    void midlineRegionHasOnePart() {
        List<RegionPart> parts = region("lumbar-spine", false, Rating.AVOID).parts();
        assertEquals(List.of("lumbar-spine"), parts.stream().map(RegionPart::id).toList());
        assertEquals("Glutes: avoid", parts.get(0).accessibleText());
    }

    @Test
    void partIdsSplitIntoRegionAndSide() {
        assertEquals("hip-flexors", RegionPart.regionIdOf("hip-flexors-right"));
        assertEquals(Side.RIGHT, RegionPart.sideOf("hip-flexors-right"));
        assertEquals("back-of-knee", RegionPart.regionIdOf("back-of-knee-left"));
        assertEquals(Side.MIDLINE, RegionPart.sideOf("lumbar-spine"));
    }

    @Test
    void ratingsReadAsWordsAndColours() {
        assertEquals(Rating.AVOID, Rating.fromWord("red"));
        assertEquals(Rating.CAUTION, Rating.fromWord("Caution"));
        assertEquals("Fine", Rating.FINE.label());
        assertThrows(IllegalArgumentException.class, () -> Rating.fromWord("purple"));
    }
}
