package com.bodymap.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every language's bundle has every key of the English one, no more, with the same placeholders,
 * and every text is a pattern that formats: a translation that lost a key or a {0} fails here.
 */
class MessagesBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Map<String, String> read(Locale language) throws IOException {
        String name = "/assets/i18n/messages" + (language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage())
                + ".properties";
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(name)) {
            if (in == null) {
                fail(name + " is missing from the build");
            }
            // Strict UTF-8: a file saved in another encoding fails rather than showing mojibake.
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            Properties p = new Properties();
            p.load(reader);
            Map<String, String> m = new TreeMap<>();
            p.forEach((k, v) -> m.put((String) k, (String) v));
            return m;
        }
    }

    static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** The choice elements of a pattern, each from its brace to the matching one. */
    static List<String> choices(String pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\d+,choice,").matcher(pattern);
        while (m.find()) {
            int depth = 0;
            for (int i = m.start(); i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    found.add(pattern.substring(m.start(), i + 1));
                    break;
                }
            }
        }
        return found;
    }

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = read(Locale.ENGLISH);
        assertTrue(english.size() > 10, "the English bundle is read");
        List<String> problems = new ArrayList<>();
        for (Locale language : Messages.LANGUAGES.subList(1, Messages.LANGUAGES.size())) {
            Map<String, String> other = read(language);
            for (String key : english.keySet()) {
                if (!other.containsKey(key)) {
                    problems.add(language + ": missing " + key);
                } else if (!placeholders(english.get(key)).equals(placeholders(other.get(key)))) {
                    problems.add(language + ": " + key + " has placeholders " + placeholders(other.get(key))
                            + ", English has " + placeholders(english.get(key)));
                }
            }
            other.keySet().stream().filter(k -> !english.containsKey(k))
                    .forEach(k -> problems.add(language + ": " + k + " is not in the English bundle"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTextIsAPatternThatFormatsForEveryCount() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Locale language : Messages.LANGUAGES) {
            Messages messages = Messages.of(language);
            for (Map.Entry<String, String> e : read(language).entrySet()) {
                String key = e.getKey();
                String value = e.getValue();
                if (value.isBlank()) {
                    problems.add(language + ": " + key + " is empty");
                    continue;
                }
                if (key.startsWith("date.")) {
                    continue; // date patterns are DateTimeFormatter patterns, tried in MessagesTest
                }
                MessageFormat parsed;
                try {
                    parsed = new MessageFormat(value.replace("'", "''"), language);
                } catch (IllegalArgumentException ex) {
                    problems.add(language + ": " + key + " is not a pattern: " + ex.getMessage());
                    continue;
                }
                Format[] formats = parsed.getFormatsByArgumentIndex();
                if (choices(value).stream().anyMatch(c -> c.contains("'"))) {
                    // Inside a choice a text with a {0} is parsed again, where an apostrophe quotes.
                    problems.add(language + ": " + key + " has an apostrophe in a choice (write \u2019)");
                }
                for (int n : new int[] {0, 1, 2, 5, 21}) {
                    Object[] args = new Object[Math.max(formats.length, placeholders(value).stream().mapToInt(i -> i + 1).max().orElse(0))];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = i < formats.length && formats[i] != null ? (Object) n : "x";
                    }
                    String out = messages.text(key, args);
                    if (out.contains("{") || out.contains("}")) {
                        problems.add(language + ": " + key + " leaves a brace with " + n + ": " + out);
                    }
                    if (formats.length > 0 && formats[0] instanceof ChoiceFormat && out.isBlank()) {
                        problems.add(language + ": " + key + " is empty for " + n);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aKeyThatIsMissingFailsWithItsName() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.util.MissingResourceException.class,
                () -> Messages.english().text("no.such.key"));
        assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
    }

    @Test
    void bothFilesAreTranslationsNotCopies() throws IOException {
        Map<String, String> english = read(Locale.ENGLISH);
        Map<String, String> german = read(Locale.GERMAN);
        long same = english.keySet().stream().filter(k -> english.get(k).equals(german.get(k))).count();
        // Names, symbols and patterns may be alike; most sentences may not.
        assertFalse(same > english.size() / 5, same + " of " + english.size() + " German texts equal the English");
    }
}
