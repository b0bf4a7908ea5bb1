package com.bodymap.ui.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolNamesTest {
    private static final ToolNames EN = new ToolNames(com.bodymap.i18n.Messages.english());
    private static final ToolNames DE = new ToolNames(com.bodymap.i18n.Messages.of(java.util.Locale.GERMAN));

    @Test
    void splitsAtCommasOrAndAndDropsArticles() {
        assertEquals(List.of("Lacrosse ball", "Tennis ball", "Frozen water bottle"),
                EN.of("Lacrosse ball, tennis ball or a frozen water bottle"));
        assertEquals(List.of("Foam roller", "Lacrosse ball"), EN.of("Foam roller and a lacrosse ball"));
        assertEquals(List.of("Lacrosse ball", "Spiky massage ball"), EN.of("Lacrosse ball or spiky massage ball"));
    }

    @Test
    void keepsBracketsWithTheirToolAndNamesNoEquipmentOnce() {
        assertEquals(List.of("Two lacrosse balls taped together (peanut)"), EN.of("Two lacrosse balls taped together (peanut)"));
        assertEquals(List.of("No equipment"), EN.of("None (floor and wall)"));
        assertEquals(List.of("No equipment"), EN.of("None (floor)"));
        assertEquals(List.of(), EN.of("  "));
    }

    @Test
    void germanToolTextSplitsAtItsOwnWords() {
        assertEquals(List.of("Faszienrolle", "Tennisball"), DE.of("Faszienrolle oder ein Tennisball"));
        assertEquals(List.of("Ohne Hilfsmittel"), DE.of("Keine (Boden und Wand)"));
    }
}
