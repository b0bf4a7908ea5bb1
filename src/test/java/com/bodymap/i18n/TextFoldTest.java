package com.bodymap.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFoldTest {
    @Test
    void caseAndAccentsFoldAndNoLetterIsDropped() {
        assertEquals("oberschenkel", TextFold.fold("Oberschenkel"));
        assertEquals("gesass", TextFold.fold("Gesäß"));
        assertEquals("gesass", TextFold.fold("GESÄSS"));
        assertEquals("ass", TextFold.fold("äß"));
        assertEquals("cote", TextFold.fold("Côté"));
        assertEquals("fisch", TextFold.fold("ﬁsch"), "a ligature is two letters");
        assertEquals("low back", TextFold.fold("  Low-back!! "));
        assertEquals("σοφια", TextFold.fold("ΣΟΦΙΑ"));
        assertEquals("спина", TextFold.fold("Спина"));
        assertEquals("背中", TextFold.fold("背中"));
        assertEquals("が", TextFold.fold("が"), "kana keep their voicing mark");
        assertEquals("पीठ", TextFold.fold("पीठ"), "Devanagari keeps its vowel signs");
        assertEquals("10 cm", TextFold.fold("10 cm"));
        assertEquals("elys test", TextFold.fold("Ely’s test"), "an apostrophe joins, typographic or not");
        assertEquals("", TextFold.fold(null));
        assertEquals("", TextFold.fold("—"));
    }

    @Test
    void everyWordMustBeThere() {
        assertTrue(TextFold.containsAllWords("vorderer oberschenkel quadrizeps", "quadrizeps ober"));
        assertFalse(TextFold.containsAllWords("vorderer oberschenkel", "wade ober"));
        assertFalse(TextFold.containsAllWords("anything", ""));
    }
}
