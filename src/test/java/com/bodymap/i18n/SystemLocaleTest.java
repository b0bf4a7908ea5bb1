package com.bodymap.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The system's locale when the C library lacks the one LANG names (Java then says en_US). */
class SystemLocaleTest {

    private static Locale of(String language, String country, Map<String, String> env) {
        return Language.systemLocale(language, country, env::get);
    }

    @Test
    void langIsBelievedWhenJavaFellBackToUsEnglish() {
        assertEquals(Locale.GERMANY, of("en", "US", Map.of("LANG", "de_DE.UTF-8")));
        assertEquals(new Locale("de", "AT"), of("en", "US", Map.of("LANG", "de_AT@euro")));
        assertEquals(new Locale("fr", "FR"), of("en", "US", Map.of("LC_ALL", "fr_FR.UTF-8", "LANG", "de_DE.UTF-8")));
        assertEquals(new Locale("de", "CH"), of("en", "US", Map.of("LC_MESSAGES", "de_CH.UTF-8", "LANG", "en_US.UTF-8")));
    }

    @Test
    void whatJavaReadItselfStands() {
        assertEquals(Locale.GERMANY, of("de", "DE", Map.of("LANG", "fr_FR.UTF-8")));
        assertEquals(Locale.US, of("en", "US", Map.of("LANG", "en_US.UTF-8")));
        assertEquals(Locale.US, of("en", "US", Map.of("LANG", "C.UTF-8")));
        assertEquals(Locale.US, of("en", "US", Map.of()));
        // The tests' own -Duser.language=en -Duser.country= stays English whatever LANG says.
        assertEquals(Locale.ENGLISH, of("en", "", Map.of("LANG", "de_DE.UTF-8")));
        assertEquals(Locale.GERMANY, Language.SYSTEM.locale(of("en", "US", Map.of("LANG", "de_DE.UTF-8"))));
    }
}
