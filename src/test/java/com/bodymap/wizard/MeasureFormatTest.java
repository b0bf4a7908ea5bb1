package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeasureFormatTest {

    @Test
    void valuesCarryTheirUnit() {
        assertEquals("10.5 cm", MeasureFormat.value(CheckFixtures.kneeToWall(), 10.5));
        assertEquals("6/10", MeasureFormat.value(CheckFixtures.figureFour(), 6.0));
        assertEquals("Stops short", MeasureFormat.value(CheckFixtures.overheadReach(), 0.0));
        assertEquals("not tested", MeasureFormat.value(CheckFixtures.kneeToWall(), null));
    }

    @Test
    void aSignedAngleIsShownAsTheUserGaveItAboveOrBelow() {
        assertEquals("8° below horizontal", MeasureFormat.value(CheckFixtures.thomas(), -8.0));
        assertEquals("3° above horizontal", MeasureFormat.value(CheckFixtures.thomas(), 3.0));
        assertEquals("0°", MeasureFormat.value(CheckFixtures.thomas(), 0.0));
        assertEquals("50° past upright", MeasureFormat.value(CheckFixtures.proneKneeBend(), 130.0));
        assertEquals("60° short of upright", MeasureFormat.value(CheckFixtures.proneKneeBend(), 60.0));
        assertEquals("90°", MeasureFormat.value(CheckFixtures.proneKneeBend(), 90.0), "upright is upright either way");
    }

    @Test
    void valuesShowThePrecisionTheCheckReads() {
        assertEquals("7.5 cm", MeasureFormat.value(CheckFixtures.kneeToWall(), 7.5));
        assertEquals("7 cm", MeasureFormat.value(CheckFixtures.kneeToWall(), 7.0));
        assertEquals("61°", MeasureFormat.value(CheckFixtures.straightLegRaise(), 61.0));
    }

    @Test
    void thresholdsReadTheWayTheyAreJudged() {
        assertEquals("more than 2 cm", MeasureFormat.threshold(CheckFixtures.kneeToWall()));
        assertEquals("15% or more", MeasureFormat.threshold(CheckFixtures.straightLegRaise()));
        assertEquals("more than 2 points", MeasureFormat.threshold(CheckFixtures.figureFour()));
        assertEquals("more than 11°", MeasureFormat.threshold(CheckFixtures.proneKneeBend()));
        assertEquals("a pass on one side and a fail on the other", MeasureFormat.threshold(CheckFixtures.overheadReach()));
    }

    @Test
    void rangesNameWhatToType() {
        assertEquals("0 to 30 cm", MeasureFormat.range(CheckFixtures.kneeToWall()));
        assertEquals("0 to 45°", MeasureFormat.range(CheckFixtures.thomas()));
        assertEquals("0 to 60°", MeasureFormat.range(CheckFixtures.ober()));
        assertEquals("0 to 90°", MeasureFormat.range(CheckFixtures.proneKneeBend()));
    }

    @Test
    void differencesAndPercentages() {
        assertEquals("3°", MeasureFormat.difference(CheckFixtures.thomas(), 3.0));
        assertEquals("1 point", MeasureFormat.difference(CheckFixtures.figureFour(), 1.0));
        assertEquals("12.5%", MeasureFormat.percent(12.5));
        assertEquals("\u2014", MeasureFormat.percent(null));
    }
}
