package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeasureFormatTest {

    @Test
    void valuesCarryTheirUnit() {
        assertEquals("-8°", MeasureFormat.value(CheckFixtures.thomas(), -8.0));
        assertEquals("10.5 cm", MeasureFormat.value(CheckFixtures.kneeToWall(), 10.5));
        assertEquals("6/10", MeasureFormat.value(CheckFixtures.figureFour(), 6.0));
        assertEquals("Stops short", MeasureFormat.value(CheckFixtures.overheadReach(), 0.0));
        assertEquals("not tested", MeasureFormat.value(CheckFixtures.kneeToWall(), null));
    }

    @Test
    void thresholdsReadTheWayTheyAreJudged() {
        assertEquals("more than 2 cm", MeasureFormat.threshold(CheckFixtures.kneeToWall()));
        assertEquals("15% or more", MeasureFormat.threshold(CheckFixtures.straightLegRaise()));
        assertEquals("more than 2 points", MeasureFormat.threshold(CheckFixtures.figureFour()));
        assertEquals("a pass on one side and a fail on the other", MeasureFormat.threshold(CheckFixtures.overheadReach()));
    }

    @Test
    void differencesAndPercentages() {
        assertEquals("3°", MeasureFormat.difference(CheckFixtures.thomas(), 3.0));
        assertEquals("1 point", MeasureFormat.difference(CheckFixtures.figureFour(), 1.0));
        assertEquals("12.5%", MeasureFormat.percent(12.5));
        assertEquals("\u2014", MeasureFormat.percent(null));
    }
}
