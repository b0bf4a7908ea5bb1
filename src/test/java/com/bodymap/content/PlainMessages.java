package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What every content problem must be: a file, a plain sentence, nothing from Java or Jackson. */
public final class PlainMessages {
    /** Words and marks that give away a Java or Jackson message. */
    public static final List<String> JARGON = List.of("`", "java.", "com.", "Exception", "JsonToken", "START_",
            "END_", "VALUE_", "FIELD_NAME", "deserializ", "Deserializ", "instance of", "(code ", "CTRL-CHAR",
            "coerc", "Coerc", "StreamReadConstraints", "Jackson", "jackson", "POJO", "Creator", "creator",
            "token", "Token", "JavaType", "JsonParser", "@", "Cannot construct", "problem: ", "$Builder", "\tat ");

    private PlainMessages() {
    }

    /** The jargon word {@code message} contains, or null when it is plain. */
    public static String jargonIn(String message) {
        for (String word : JARGON) {
            if (message.contains(word)) {
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
