package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeasureWordingTest {
    private static final com.bodymap.i18n.MeasureWording W = new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.english());
    private static final com.bodymap.i18n.MeasureWording DE =
            new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.of(java.util.Locale.GERMAN));

    @org.junit.jupiter.api.Test
    void germanNumbersTakeACommaAndWordsTheirOwn() {
        assertEquals("10,5 cm", DE.value(CheckFixtures.kneeToWall(), 10.5));
        assertEquals("mehr als 2 cm", DE.threshold(CheckFixtures.kneeToWall()));
        assertEquals("15 % oder mehr", DE.threshold(CheckFixtures.straightLegRaise()));
        assertEquals("1 Punkt", DE.difference(CheckFixtures.figureFour(), 1.0));
        assertEquals("2 Punkte", DE.difference(CheckFixtures.figureFour(), 2.0));
        assertEquals("0 bis 30 cm", DE.range(CheckFixtures.kneeToWall()));
        assertEquals("nicht getestet", DE.value(CheckFixtures.kneeToWall(), null));
    }


    @Test
    void valuesCarryTheirUnit() {
        assertEquals("10.5 cm", W.value(CheckFixtures.kneeToWall(), 10.5));
        assertEquals("6/10", W.value(CheckFixtures.figureFour(), 6.0));
        assertEquals("Stops short", W.value(CheckFixtures.overheadReach(), 0.0));
        assertEquals("not tested", W.value(CheckFixtures.kneeToWall(), null));
    }

    @Test
    void aSignedAngleIsShownAsTheUserGaveItAboveOrBelow() {
        assertEquals("8° below horizontal", W.value(CheckFixtures.thomas(), -8.0));
        assertEquals("3° above horizontal", W.value(CheckFixtures.thomas(), 3.0));
        assertEquals("0°", W.value(CheckFixtures.thomas(), 0.0));
        assertEquals("50° past upright", W.value(CheckFixtures.proneKneeBend(), 130.0));
        assertEquals("60° short of upright", W.value(CheckFixtures.proneKneeBend(), 60.0));
        assertEquals("90°", W.value(CheckFixtures.proneKneeBend(), 90.0), "upright is upright either way");
    }

    @Test
    void valuesShowThePrecisionTheCheckReads() {
        assertEquals("7.5 cm", W.value(CheckFixtures.kneeToWall(), 7.5));
        assertEquals("7 cm", W.value(CheckFixtures.kneeToWall(), 7.0));
        assertEquals("61°", W.value(CheckFixtures.straightLegRaise(), 61.0));
    }

    @Test
    void thresholdsReadTheWayTheyAreJudged() {
        assertEquals("more than 2 cm", W.threshold(CheckFixtures.kneeToWall()));
        assertEquals("15% or more", W.threshold(CheckFixtures.straightLegRaise()));
        assertEquals("more than 2 points", W.threshold(CheckFixtures.figureFour()));
        assertEquals("more than 11°", W.threshold(CheckFixtures.proneKneeBend()));
        assertEquals("a pass on one side and a fail on the other", W.threshold(CheckFixtures.overheadReach()));
    }

    @Test
    void rangesNameWhatToType() {
        assertEquals("0 to 30 cm", W.range(CheckFixtures.kneeToWall()));
        assertEquals("0 to 45°", W.range(CheckFixtures.thomas()));
        assertEquals("0 to 60°", W.range(CheckFixtures.ober()));
        assertEquals("0 to 90°", W.range(CheckFixtures.proneKneeBend()));
    }

    @Test
    void differencesAndPercentages() {
        assertEquals("3°", W.difference(CheckFixtures.thomas(), 3.0));
        assertEquals("1 point", W.difference(CheckFixtures.figureFour(), 1.0));
        assertEquals("12.5%", W.percent(12.5));
        assertEquals("\u2014", W.percent(null));
    }
}
