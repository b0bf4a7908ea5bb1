package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapperTest {
    /** Every character is 10 units wide at size 1; simple to reason about. */
    private final TextMeasure mono = new TextMeasure() {
        @Override
        public float width(String text, FontStyle style, float size) {
            return text.codePointCount(0, text.length()) * 10 * size;
        }

        @Override
        public String printable(String text) {
            return text;
        }
    };
    private final TextWrapper wrapper = new TextWrapper(mono);

    @Test
    void breaksBetweenWordsWithinTheWidth() {
        assertEquals(List.of("the quick", "brown fox", "jumps"), wrapper.wrap("the quick brown fox jumps", FontStyle.REGULAR, 1, 95));
    }

    @Test
    void aWordLongerThanALineIsBrokenBetweenCharacters() {
        List<String> lines = wrapper.wrap("see https://example.org/long/path now", FontStyle.REGULAR, 1, 100);
        for (String line : lines) {
            assertTrue(mono.width(line, FontStyle.REGULAR, 1) <= 100, "too wide: " + line);
        }
        assertEquals("see https://example.org/long/path now", String.join("", lines).replace("seehttps", "see https").replace("pathnow", "path now"));
    }

    @Test
    void keepsLineBreaksAndNeverDropsText() {
        assertEquals(List.of("one", "", "two"), wrapper.wrap("one\n\ntwo", FontStyle.REGULAR, 1, 100));
        assertEquals(List.of(""), wrapper.wrap("", FontStyle.REGULAR, 1, 100));
    }

    @Test
    void aLineTooNarrowForOneCharacterStillMovesOn() {
        assertEquals(List.of("a", "b", "c"), wrapper.wrap("abc", FontStyle.REGULAR, 1, 5));
    }
}
