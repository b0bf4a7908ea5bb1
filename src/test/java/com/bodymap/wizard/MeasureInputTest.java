package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.wizard.MeasureInput.Reading;
import org.junit.jupiter.api.Test;

class MeasureInputTest {

    @Test
    void lettersNeverGetPastTheKeystrokeFilter() {
        assertFalse(MeasureInput.acceptsWhileTyping(CheckFixtures.thomas(), "1a"));
        assertFalse(MeasureInput.acceptsWhileTyping(CheckFixtures.thomas(), "e"));
        assertFalse(MeasureInput.acceptsWhileTyping(CheckFixtures.kneeToWall(), "8.5cm"));
        assertTrue(MeasureInput.acceptsWhileTyping(CheckFixtures.thomas(), "-1"));
        assertTrue(MeasureInput.acceptsWhileTyping(CheckFixtures.thomas(), ""));
    }

    @Test
    void aMinusSignOnlyWhereNegativeValuesExist() {
        assertTrue(MeasureInput.acceptsWhileTyping(CheckFixtures.ober(), "-"));
        assertFalse(MeasureInput.acceptsWhileTyping(CheckFixtures.kneeToWall(), "-"));
    }

    @Test
    void decimalsOnlyAsFarAsTheCheckAllows() {
        assertTrue(MeasureInput.acceptsWhileTyping(CheckFixtures.kneeToWall(), "8.5"));
        assertTrue(MeasureInput.acceptsWhileTyping(CheckFixtures.kneeToWall(), "8,5"));
        assertFalse(MeasureInput.acceptsWhileTyping(CheckFixtures.kneeToWall(), "8.55"));
        assertFalse(MeasureInput.acceptsWhileTyping(CheckFixtures.thomas(), "8.5"));
    }

    @Test
    void anEmptyFieldIsRequired() {
        Reading r = MeasureInput.read(CheckFixtures.kneeToWall(), "  ", false);
        assertFalse(r.valid());
        assertTrue(r.message().startsWith("Required"), r.message());
        assertTrue(r.message().contains("0 to 30 cm"), r.message());
    }

    @Test
    void outOfRangeValuesAreRefusedNotClamped() {
        Reading r = MeasureInput.read(CheckFixtures.thomas(), "50", false);
        assertFalse(r.valid());
        assertNull(r.value());
        assertEquals("Out of range: enter -45 to 45°", r.message());
    }

    @Test
    void aHalfTypedNumberIsNotANumber() {
        assertFalse(MeasureInput.read(CheckFixtures.thomas(), "-", false).valid());
        assertTrue(MeasureInput.read(CheckFixtures.thomas(), "-", false).message().startsWith("Not a number"));
    }

    @Test
    void validValuesAcceptACommaAsTheDecimalMark() {
        assertEquals(8.5, MeasureInput.read(CheckFixtures.kneeToWall(), "8,5", false).value());
        assertEquals(-12.0, MeasureInput.read(CheckFixtures.thomas(), "-12", false).value());
        assertEquals(30.0, MeasureInput.read(CheckFixtures.kneeToWall(), "30", false).value());
    }

    @Test
    void aSkippedSideIsValidAndHasNoValue() {
        Reading r = MeasureInput.read(CheckFixtures.kneeToWall(), "", true);
        assertTrue(r.valid());
        assertNull(r.value());
    }

    @Test
    void passFailIsAChoice() {
        assertFalse(MeasureInput.readChoice(CheckFixtures.overheadReach(), null, false).valid());
        assertEquals(1.0, MeasureInput.readChoice(CheckFixtures.overheadReach(), true, false).value());
        assertEquals(0.0, MeasureInput.readChoice(CheckFixtures.overheadReach(), false, false).value());
        assertTrue(MeasureInput.readChoice(CheckFixtures.overheadReach(), null, true).valid());
        assertThrows(IllegalArgumentException.class,
                () -> MeasureInput.readChoice(CheckFixtures.kneeToWall(), true, false));
    }
}
