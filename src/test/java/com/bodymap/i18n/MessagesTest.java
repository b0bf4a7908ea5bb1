package com.bodymap.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Rating;
import com.bodymap.model.Side;
import com.bodymap.model.SourceKind;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolVerdict;
import com.bodymap.model.View;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages en = Messages.english();
    private final Messages de = Messages.of(Locale.GERMAN);

    @Test
    void englishIsEnglishOnAGermanSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Avoid", Messages.of(Locale.ENGLISH).label(Rating.AVOID));
            assertEquals("Avoid", Messages.of(Locale.FRENCH).label(Rating.AVOID), "a language Body Map lacks is English");
            assertEquals("Meiden", Messages.of(Locale.GERMANY).label(Rating.AVOID));
            assertEquals("Meiden", Messages.of(new Locale("de", "AT")).label(Rating.AVOID));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersAreWrittenInTheLanguagesManner() {
        assertEquals("10.5", en.number(10.5, 1));
        assertEquals("10,5", de.number(10.5, 1));
        assertEquals("10", de.number(10.0, 1));
        assertEquals("1234,6", de.number(1234.56, 1), "no grouping");
        assertEquals("0", en.number(-0.01, 1), "no minus zero");
    }

    @Test
    void datesUseTheLanguagesMonthNames() {
        LocalDate day = LocalDate.of(2025, 3, 3);
        assertEquals("3 March 2025", en.date("date.long", day));
        assertEquals("3. März 2025", de.date("date.long", day));
    }

    @Test
    void apostrophesAreTextAndPlaceholdersFill() {
        assertEquals("a and b", en.list(List.of("a", "b")));
        assertEquals("a, b und c", de.list(List.of("a", "b", "c")));
        assertEquals("", en.list(List.of()));
    }

    @Test
    void everyEnumConstantShownToUsersHasAWordInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        List<Enum<?>> shown = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Rating.class, ToolVerdict.class,
                Side.class, View.class, Tool.class, SourceKind.class)) {
            shown.addAll(List.of(type.getEnumConstants()));
        }
        for (Locale l : Messages.LANGUAGES) {
            Messages m = Messages.of(l);
            shown.stream().filter(e -> !m.has(Messages.key(e))).forEach(e -> missing.add(l + " " + Messages.key(e)));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theSystemLanguageIsUsedWhenBodyMapSpeaksIt() {
        assertEquals(Locale.GERMANY, Language.SYSTEM.locale(Locale.GERMANY));
        assertEquals(new Locale("en", "FR"), Language.SYSTEM.locale(Locale.FRANCE), "English, the country kept");
        assertEquals(new Locale("de", "US"), Language.GERMAN.locale(Locale.US), "German words, US paper");
        assertEquals(Locale.ENGLISH, Language.ENGLISH.locale(Locale.GERMAN));
        assertEquals(Language.GERMAN, Language.fromKey("de"));
        assertEquals(Language.GERMAN, Language.fromKey("de_AT"));
        assertEquals(Language.ENGLISH, Language.fromKey("EN"));
        assertEquals(Language.SYSTEM, Language.fromKey("system"));
        assertEquals(null, Language.fromKey("fr"));
    }

    @Test
    void keysFollowTheEnumsName() {
        assertEquals("toolVerdict.does_not_fit", Messages.key(ToolVerdict.DOES_NOT_FIT));
        assertTrue(en.has("toolVerdict.does_not_fit"));
        assertFalse(en.has("toolVerdict.nonsense"));
    }
}
