package com.bodymap.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the program says, in one language: texts from the bundle {@value #BUNDLE} (UTF-8
 * properties under assets/i18n), numbers and dates in that language's manner. Each text is a
 * {@link MessageFormat} pattern, so counts choose their own wording per language
 * ({@code {0,choice,1#one card|1<{0} cards}}). An apostrophe in a text is just an apostrophe: the
 * files never double it. A key that is missing fails loudly with its name.
 * <p>
 * One instance is made at start for the language chosen and handed to whoever words things, by
 * constructor; there is no global one.
 */
public final class Messages {
    public static final String BUNDLE = "assets.i18n.messages";
    /** The languages with a bundle, English (the base bundle) first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The texts for {@code locale}, English for a language Body Map does not speak. */
    public static Messages of(Locale locale) {
        // No fallback to the JVM's default locale: English asked for is English, on any system.
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(locale, b);
    }

    /** English, for tests and for words before a language is known. */
    public static Messages english() {
        return of(Locale.ENGLISH);
    }

    /** True when Body Map has texts in {@code locale}'s language. */
    public static boolean speaks(Locale locale) {
        return LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, its placeholders filled with {@code args} in this language's manner. */
    public String text(String key, Object... args) {
        String pattern = pattern(key);
        if (args.length == 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /** The raw pattern for {@code key}, for tests that compare languages. */
    public String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("no text '" + key + "' in " + BUNDLE + " for " + locale,
                    BUNDLE, key);
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The name of an enum constant: the key "rating.avoid" for Rating.AVOID. */
    public String label(Enum<?> value) {
        return text(key(value));
    }

    /** A second wording of an enum constant: "sourceKind.study.short". */
    public String label(Enum<?> value, String variant) {
        return text(key(value) + "." + variant);
    }

    /**
     * The key of an enum constant: its class's simple name with a small first letter (after its
     * enclosing classes' for a nested enum: "settingsProblem.part"), a dot, the constant in lower case.
     */
    public static String key(Enum<?> value) {
        StringBuilder type = new StringBuilder();
        for (Class<?> c = value.getDeclaringClass(); c != null; c = c.getEnclosingClass()) {
            String name = c.getSimpleName();
            type.insert(0, Character.toLowerCase(name.charAt(0)) + name.substring(1) + (type.length() == 0 ? "" : "."));
        }
        return type + "." + value.name().toLowerCase(Locale.ROOT);
    }

    /** A number with at most {@code maxDecimals} places, without grouping: "10,5" in German, "10.5" in English. */
    public String number(double value, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(Math.max(0, maxDecimals));
        String s = f.format(value);
        // A value that rounds to zero is zero, not "-0".
        return s.matches("-0([.,]0*)?") ? f.format(0) : s;
    }

    /**
     * A date or time written with one of the bundle's patterns ({@code date.long}: "3 March 2025",
     * "3. März 2025"), with this language's month and day names.
     */
    public String date(String patternKey, TemporalAccessor when) {
        return DateTimeFormatter.ofPattern(pattern(patternKey), locale).format(when);
    }

    /** Items joined as a sentence lists them: "a, b and c", "a, b und c". */
    public String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(text("list.separator"), items.subList(0, items.size() - 1));
        return text("list.last", head, items.get(items.size() - 1));
    }
}
