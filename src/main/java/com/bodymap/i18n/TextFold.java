package com.bodymap.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How search and filters compare text in every language: case and accents folded, every letter and
 * digit of every script kept, anything else a single space. "Äß", "äss" and "ASS" fold alike;
 * "Oberschenkel" and "OBERSCHENKEL" too; Greek, Cyrillic and CJK letters are kept as letters.
 */
public final class TextFold {
    // The combining diacritical marks (accents, umlauts, cedillas) of Latin, Greek and Cyrillic only:
    // the vowel signs of Indic scripts and the voicing marks of kana are parts of letters, not accents.
    private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036F\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F]+");
    // An apostrophe joins a word ("Ely's" is one word, as typed with or without it), it does not split one.
    private static final Pattern APOSTROPHE = Pattern.compile("['\\u2019\\u02BC]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private TextFold() {
    }

    /** The folded text: compatibility-decomposed, accents stripped, case folded, runs of non-letters one space. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        String unmarked = Normalizer.normalize(ACCENTS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
        // Upper then lower case is a full case fold where lower case alone is not: ß becomes ss, ς becomes σ.
        String folded = unmarked.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(APOSTROPHE.matcher(folded).replaceAll("")).replaceAll(" ").strip();
    }

    /** True when every word of the folded query is in the folded text (an empty query matches nothing). */
    public static boolean containsAllWords(String foldedText, String foldedQuery) {
        if (foldedQuery.isEmpty()) {
            return false;
        }
        for (String w : foldedQuery.split(" ")) {
            if (!foldedText.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
