package com.bodymap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.i18n.Messages;
import com.bodymap.i18n.ModelWording;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EmergencyNumberTest {

    @Test
    void namesTheNumberForTheCountryAndTheCountryItBelongsTo() {
        assertEquals("999", EmergencyNumber.forCountry("GB"));
        assertEquals("911", EmergencyNumber.forCountry("us"));
        assertEquals("112", EmergencyNumber.forCountry("DE"));
        assertEquals("000", EmergencyNumber.forCountry("AU"));
        ModelWording english = new ModelWording(Messages.english());
        assertEquals("call 911, the emergency number in the United States (elsewhere, your local one)",
                english.emergencyCall(Locale.US));
        assertEquals("call 999, the emergency number in the United Kingdom (elsewhere, your local one)",
                english.emergencyCall(Locale.UK));
        assertEquals("call 112, the emergency number in France (elsewhere, your local one)",
                english.emergencyCall(Locale.FRANCE));
    }

    @Test
    void anUnknownCountryGetsTheCommonNumbersNotJustTheUks() {
        assertNull(EmergencyNumber.forCountry(""));
        assertNull(EmergencyNumber.forCountry("ZZ"));
        String line = new ModelWording(Messages.english()).emergencyCall(Locale.ENGLISH);
        assertTrue(line.startsWith("call your local emergency number"), line);
        assertTrue(line.contains("112") && line.contains("911") && line.contains("999"), line);
    }
}
