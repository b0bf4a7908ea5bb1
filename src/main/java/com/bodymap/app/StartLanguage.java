package com.bodymap.app;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.i18n.Language;
import com.bodymap.i18n.Messages;
import com.bodymap.store.PreferencesStore;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The language of this run, decided before any window opens: --lang when given, else the one
 * chosen under View → Language, else the system's. It also becomes the default locale, so the
 * words JavaFX itself draws (the text fields' menus) match; the country stays the system's.
 */
final class StartLanguage {
    private StartLanguage() {
    }

    static Language of(Path dataDir, Language asked) {
        if (asked != null) {
            return asked;
        }
        Language saved = Language.fromKey(new PreferencesStore(dataDir, new AtomicFileWriter()).peekLanguage());
        return saved == null ? Language.SYSTEM : saved;
    }

    /** The words of {@code language}, also made the default locale of this program. */
    static Messages speak(Language language) {
        Locale locale = language.locale(Language.systemLocale());
        Locale.setDefault(locale);
        return Messages.of(locale);
    }
}
