package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What every content problem must be: a file, a plain sentence, nothing from Java or Jackson. */
public final class PlainMessages {
    /** Words and marks that give away a Java or Jackson message. */
    public static final List<String> JARGON = List.of("java.", "com.", "Exception", "JsonToken", "START_",
            "END_", "VALUE_", "FIELD_NAME", "deserializ", "Deserializ", "instance of", "(code ", "CTRL-CHAR",
            "coerc", "Coerc", "StreamReadConstraints", "Jackson", "jackson", "POJO", "Creator", "creator",
            "token", "Token", "JavaType", "JsonParser", "Cannot construct", "problem: ", "$Builder", "\tat ");

    /** Jackson quotes type names in backticks: `java.lang.String`, `int`. */
    private static final java.util.regex.Pattern BACKQUOTED = java.util.regex.Pattern.compile("`[\\w.$<>\\[\\], ]+`");

    /** Java's default name for an object: SomeClass@1b6d3586. */
    private static final java.util.regex.Pattern OBJECT_NAME = java.util.regex.Pattern.compile("\\w@[0-9a-f]{4,}");

    private PlainMessages() {
    }

    /** The jargon word {@code message} contains, or null when it is plain. */
    public static String jargonIn(String message) {
        // What a message quotes from the file ('...') is the user's own text, not jargon.
        String ours = message.replaceAll("'[^']*'", "''");
        java.util.regex.Matcher typeName = BACKQUOTED.matcher(ours);
        if (typeName.find()) {
            return typeName.group();
        }
        java.util.regex.Matcher hash = OBJECT_NAME.matcher(ours);
        if (hash.find()) {
            return hash.group();
        }
        for (String word : JARGON) {
            if (ours.contains(word)) {
                return word;
            }
        }
        return null;
    }

    public static void assertPlain(ContentProblem p) {
        assertTrue(p.file() != null && !p.file().isBlank(), () -> "no file named: " + p);
        assertTrue(p.message() != null && !p.message().isBlank(), () -> "no message: " + p);
        String jargon = jargonIn(p.message());
        assertFalse(jargon != null, () -> "jargon '" + jargon + "' in: " + p);
        assertTrue(p.message().length() < 400, () -> "too long a message: " + p);
    }

    public static void assertPlain(List<ContentProblem> problems) {
        assertFalse(problems.isEmpty(), "a content exception with no problem in it");
        problems.forEach(PlainMessages::assertPlain);
    }
}
