package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.check.CheckDefinition;
import com.bodymap.wizard.MeasureInput.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureInputTest {
    private static final CheckDefinition CM = CheckFixtures.kneeToWall();
    private static final CheckDefinition THOMAS = CheckFixtures.thomas();
    private static final CheckDefinition KNEE = CheckFixtures.proneKneeBend();

    private static final com.bodymap.i18n.MeasureWording WORDS = new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.english());

    private static String message(CheckDefinition check, Reading r) {
        return WORDS.problem(check, r.problem());
    }

    private static Reading read(CheckDefinition check, String text) {
        return MeasureInput.read(check, text, false);
    }

    @Test
    void aDecimalKeepsItsMeaningWithAPointOrAComma() {
        assertEquals(4.5, read(CM, "4.5").value());
        assertEquals(4.5, read(CM, "4,5").value());
        assertEquals(8.5, read(CM, "8.5 cm").value());
    }

    @Test
    void moreDecimalsThanTheCheckReadsAreExplainedNeverShifted() {
        Reading r = read(CheckFixtures.straightLegRaise(), "4.5");
        assertFalse(r.valid());
        assertNull(r.value());
        assertEquals("This check reads to whole degrees: round 4.5 to 5", message(CheckFixtures.straightLegRaise(), r));
        assertEquals("Dieser Test misst auf eine Nachkommastelle genau: Runden Sie 1,000 auf 1",
                new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.of(java.util.Locale.GERMAN))
                        .problem(CM, read(CM, "1,000").problem()), "in German, as typed, with its comma");
        assertEquals("This check reads to one decimal place: round 8.55 to 8.6", message(CM, read(CM, "8.55")));
        assertEquals("This check reads to one decimal place: round 1.000 to 1", message(CM, read(CM, "1,000")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "\u22123", "-3 cm", "\u22120.5"})
    void aMinusInAFieldThatCannotBeNegativeGetsAMessage(String text) {
        Reading r = read(CM, text);
        assertFalse(r.valid(), text);
        assertEquals("Cannot be negative: enter 0 to 30 cm", message(CM, r));
    }

    @Test
    void exponentsInfinityAndNanAreRefusedWithAReason() {
        assertEquals("Write the number out in full, without \u201ce\u201d: enter 0 to 30 cm", message(CM, read(CM, "1e2")));
        assertEquals("Not a measurement: enter a number, 0 to 30 cm", message(CM, read(CM, "NaN")));
        assertEquals("Not a measurement: enter a number, 0 to 30 cm", message(CM, read(CM, "Infinity")));
        assertEquals("Not a measurement: enter a number, 0 to 30 cm", message(CM, read(CM, "-Infinity")));
    }

    @Test
    void anotherUnitIsNotConverted() {
        assertEquals("Enter the number only, in centimetres: 0 to 30 cm", message(CM, read(CM, "85 mm")));
        assertEquals(12.0, read(CheckFixtures.straightLegRaise(), "12°").value());
        assertEquals(12.0, read(CheckFixtures.straightLegRaise(), "12 degrees").value());
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheRangeNamed() {
        assertEquals("Out of range: enter 0 to 30 cm", message(CM, read(CM, "9999")));
        assertEquals("Out of range: enter 0 to 30 cm", message(CM, read(CM, "30.1")));
        assertEquals(30.0, read(CM, "30").value());
    }

    @Test
    void anEmptyFieldIsRequired() {
        Reading r = read(CM, "  ");
        assertFalse(r.valid());
        assertEquals("Required: enter 0 to 30 cm, or tick \u201cNot tested\u201d", message(CM, r));
    }

    @Test
    void aHalfTypedNumberIsNotANumber() {
        assertEquals("Not a number: enter 0 to 30 cm", message(CM, read(CM, "-")));
        assertEquals("Not a number: enter 0 to 30 cm", message(CM, read(CM, "4.5.1")));
    }

    @Test
    void aboveOrBelowHorizontalIsChosenNotTyped() {
        assertEquals(-10.0, MeasureInput.read(THOMAS, "10", "below", false).value());
        assertEquals(10.0, MeasureInput.read(THOMAS, "10", "above", false).value());
        assertEquals("Choose \u201cAbove horizontal\u201d or \u201cBelow horizontal\u201d",
                message(THOMAS, MeasureInput.read(THOMAS, "10", null, false)));
        assertTrue(MeasureInput.read(THOMAS, "10", null, false).incomplete(), "still to choose: a prompt, not an error");
        assertFalse(MeasureInput.read(THOMAS, "-10", "below", false).incomplete());
        // Level needs no answer: 0 is 0 either way.
        assertEquals(0.0, MeasureInput.read(THOMAS, "0", null, false).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-10", "\u221210", "+10"})
    void aSignInAnAboveOrBelowFieldIsExplained(String text) {
        Reading r = MeasureInput.read(THOMAS, text, "below", false);
        assertFalse(r.valid());
        assertEquals("No sign needed: type the size of the angle, then choose \u201cAbove horizontal\u201d or "
                + "\u201cBelow horizontal\u201d.", message(THOMAS, r));
    }

    @Test
    void eachAnswerHasItsOwnRange() {
        assertEquals("Out of range: below horizontal, enter 0 to 45°",
                message(THOMAS, MeasureInput.read(THOMAS, "50", "below", false)));
        CheckDefinition ober = CheckFixtures.ober();
        assertEquals(-60.0, MeasureInput.read(ober, "60", "below", false).value());
        assertEquals("Out of range: above horizontal, enter 0 to 30°",
                message(ober, MeasureInput.read(ober, "40", "above", false)));
    }

    @Test
    void aShinPastUprightIsAKneeBentPastNinetyDegrees() {
        assertEquals(130.0, MeasureInput.read(KNEE, "50", "past", false).value());
        assertEquals(60.0, MeasureInput.read(KNEE, "60", "short", false).value());
        assertEquals("Out of range: past upright, enter 10 to 90°", message(KNEE, MeasureInput.read(KNEE, "5", "past", false)));
        assertEquals("Out of range: short of upright, enter 0 to 90°",
                message(KNEE, MeasureInput.read(KNEE, "95", "short", false)));
        assertEquals("Choose \u201cShort of upright\u201d or \u201cPast upright\u201d",
                message(KNEE, MeasureInput.read(KNEE, "0", null, false)), "0 short of upright and 0 past it differ");
    }

    @Test
    void aSkippedSideIsValidAndHasNoValue() {
        Reading r = MeasureInput.read(CM, "garbage", true);
        assertTrue(r.valid());
        assertNull(r.value());
    }

    @Test
    void passFailIsAChoice() {
        assertFalse(MeasureInput.readChoice(CheckFixtures.overheadReach(), null, false).valid());
        assertEquals(1.0, MeasureInput.readChoice(CheckFixtures.overheadReach(), true, false).value());
        assertEquals(0.0, MeasureInput.readChoice(CheckFixtures.overheadReach(), false, false).value());
        assertTrue(MeasureInput.readChoice(CheckFixtures.overheadReach(), null, true).valid());
        assertThrows(IllegalArgumentException.class, () -> MeasureInput.readChoice(CM, true, false));
    }
}
