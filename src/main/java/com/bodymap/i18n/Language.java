package com.bodymap.i18n;

import java.util.Locale;

/**
 * The language the program speaks, as chosen under View → Language and kept in the preferences:
 * the system's (when Body Map speaks it, else English), or one named. The country always stays the
 * system's, so paper size and the emergency number follow where the computer is, not the language.
 */
public enum Language {
    SYSTEM("system", null),
    ENGLISH("en", Locale.ENGLISH),
    GERMAN("de", Locale.GERMAN);

    private final String key;
    private final Locale language;

    Language(String key, Locale language) {
        this.key = key;
        this.language = language;
    }

    /** The word kept in the preferences file and given to {@code --lang}: "system", "en", "de". */
    public String key() {
        return key;
    }

    /** The locale to speak: this language with the system's country. */
    public Locale locale(Locale system) {
        String lang = language != null ? language.getLanguage()
                : Messages.speaks(system) ? system.getLanguage() : Locale.ENGLISH.getLanguage();
        return new Locale.Builder().setLanguage(lang).setRegion(validRegion(system)).build();
    }

    private static String validRegion(Locale system) {
        String c = system.getCountry();
        return c.matches("[A-Z]{2}|[0-9]{3}") ? c : "";
    }

    /**
     * The locale the system gave Java at start, from {@code user.language} and {@code user.country}
     * (LANG, or -Duser.language=de), whatever the default locale was set to since.
     */
    public static Locale systemLocale() {
        return systemLocale(System.getProperty("user.language", "en"),
                System.getProperty("user.country", System.getProperty("user.region", "")), System::getenv);
    }

    /**
     * As above from the given properties and environment. When the C library does not have the
     * locale LANG names (de_DE.UTF-8 on a machine without it), Java falls back to en_US; the
     * environment then still says what the user asked for, as it does to gettext programs, and is
     * believed: LC_ALL, else LC_MESSAGES, else LANG. Only that fallback is overridden, so
     * -Duser.language=en with no country (as the tests run) stays English.
     */
    static Locale systemLocale(String language, String country, java.util.function.Function<String, String> env) {
        if ("en".equals(language) && "US".equals(country)) {
            Locale asked = posixLocale(env);
            if (asked != null && !"en".equals(asked.getLanguage())) {
                return asked;
            }
        }
        try {
            return new Locale.Builder().setLanguage(language).setRegion(country).build();
        } catch (java.util.IllformedLocaleException e) {
            return new Locale.Builder().setLanguage("en").build();
        }
    }

    /** "de_DE.UTF-8" or "de_AT@euro" as a locale; null for none, C or POSIX, or what does not parse. */
    private static Locale posixLocale(java.util.function.Function<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.apply(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            String[] parts = value.split("[.@]")[0].split("_");
            if (!parts[0].matches("[a-z]{2,3}")) {
                return null;
            }
            try {
                return new Locale.Builder().setLanguage(parts[0])
                        .setRegion(parts.length > 1 && parts[1].matches("[A-Z]{2}") ? parts[1] : "").build();
            } catch (java.util.IllformedLocaleException e) {
                return null;
            }
        }
        return null;
    }

    /** The language for a key ("de", "en", "system", also "DE" or "de-AT"); null when none matches. */
    public static Language fromKey(String key) {
        if (key == null) {
            return null;
        }
        String k = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Language l : values()) {
            if (l.key.equals(k) || l.key.equals(k.split("-")[0])) {
                return l;
            }
        }
        return null;
    }
}
