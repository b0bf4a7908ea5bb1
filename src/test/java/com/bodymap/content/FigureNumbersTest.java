package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A figure's size must be finite, positive and shaped like a standing body: the fuzz test found a
 * figure 9,296 wide and 1,000 tall that loaded and then could not be printed.
 */
class FigureNumbersTest {
    private final ContentOracle oracle = new ContentOracle();

    private ContentOracle.Outcome withSize(String width, String height) {
        String valid = new String(oracle.valid(4), StandardCharsets.UTF_8);
        String changed = valid.replace("\"width\": 400", "\"width\": " + width).replace("\"height\": 1000", "\"height\": " + height);
        return oracle.judge(4, changed.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9296", "1e999", "-400", "0", "1000", "100", "1e-300", "NaN", "\"400\"", "null"})
    void anUnusableWidthIsRefused(String width) {
        assertEquals(ContentOracle.Outcome.REFUSED, withSize(width, "1000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999", "0", "-1000", "1e308"})
    void anUnusableHeightIsRefused(String height) {
        assertEquals(ContentOracle.Outcome.REFUSED, withSize("400", height));
    }

    /** The judge accepts the figure as drawn (other sizes also move its midline, which the figure checks refuse). */
    @org.junit.jupiter.api.Test
    void theStandingFigureIsAccepted() {
        assertEquals(ContentOracle.Outcome.ACCEPTED, withSize("400", "1000"));
    }
}
