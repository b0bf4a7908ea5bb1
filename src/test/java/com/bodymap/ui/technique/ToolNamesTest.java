package com.bodymap.ui.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolNamesTest {

    @Test
    void splitsAtCommasOrAndAndDropsArticles() {
        assertEquals(List.of("Lacrosse ball", "Tennis ball", "Frozen water bottle"),
                ToolNames.of("Lacrosse ball, tennis ball or a frozen water bottle"));
        assertEquals(List.of("Foam roller", "Lacrosse ball"), ToolNames.of("Foam roller and a lacrosse ball"));
        assertEquals(List.of("Lacrosse ball", "Spiky massage ball"), ToolNames.of("Lacrosse ball or spiky massage ball"));
    }

    @Test
    void keepsBracketsWithTheirToolAndNamesNoEquipmentOnce() {
        assertEquals(List.of("Two lacrosse balls taped together (peanut)"), ToolNames.of("Two lacrosse balls taped together (peanut)"));
        assertEquals(List.of("No equipment"), ToolNames.of("None (floor and wall)"));
        assertEquals(List.of("No equipment"), ToolNames.of("None (floor)"));
        assertEquals(List.of(), ToolNames.of("  "));
    }
}
