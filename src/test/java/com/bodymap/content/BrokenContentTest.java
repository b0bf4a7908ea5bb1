package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Content files broken in every shape a hand-edited or hostile file takes: each is refused with the
 * loader's own message naming the file, the place and the problem in plain words, never with an
 * exception of another kind (issue 13, defects 4 and 5).
 */
class BrokenContentTest {
    private static final String[] FILES = {"regions.json", "techniques.json", "sources.json", "safety.json"};

    @TempDir
    Path dir;

    private List<ContentProblem> problemsWith(String file, byte[] bytes) throws IOException {
        ContentFixtures.folder(dir, "valid");
        Files.write(dir.resolve(file), bytes);
        ContentException e = assertThrows(ContentException.class,
                () -> new ContentLoader().load(ContentSource.folder(dir)), "accepted: " + file);
        PlainMessages.assertPlain(e.problems());
        return e.problems();
    }

    private List<ContentProblem> problemsWith(String file, String text) throws IOException {
        return problemsWith(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The valid fixture's file with one piece of text replaced. */
    private String validWith(String file, String from, String to) throws IOException {
        ContentFixtures.folder(dir, "valid");
        String text = Files.readString(dir.resolve(file));
        assertTrue(text.contains(from), "fixture lacks " + from);
        return text.replace(from, to);
    }

    private static ContentProblem only(List<ContentProblem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    static Stream<Arguments> wholeFileShapes() {
        String[] shapes = {"[null]", "null", "", "   \n", "{}", "[]x", "\"text\"", "42", "true", "[1]", "[[]]",
            "[\"x\"]", "[{}, null]", "{\"a\":", "[", "]", "\uFEFF", "[{\"id\": \"x\", \"id\": \"y\"}]", "NaN",
            "[1e999]", "{\"disclaimer\": null}", "[{\"steps\": [null]}]", "[{\"why\": [null]}]",
            "[{\"aliases\": [null]}]", "[{\"supports\": [null]}]", "{\"urgentRedFlags\": [null]}",
            "[{\"sources\": [1, 2]}]", "[{\"\u001b[31m\": 1}]", "[{\"id\": \"a\u0000b\"}]", "\u0000\u0001\u0002",
            "[{\"dose\": {\"seconds\": 1e999, \"text\": \"x\"}}]", "[{\"dose\": {\"seconds\": 99999999999, \"text\": \"x\"}}]",
            "[{\"dose\": {\"seconds\": 60.5, \"text\": \"x\"}}]", "[{\"dose\": {\"seconds\": \"60\", \"text\": \"x\"}}]",
            "[{\"dose\": []}]", "[{\"rating\": {}}]", "[{\"view\": 3}]", "[{\"kind\": [\"review\"]}]",
            "[{\"verified\": \"yes\"}]", "[{\"bilateral\": null}]", "{\"disclaimer\": \"x\"} {}", "[\"\\ud800\"]",
            "[\"\\q\"]", "[{\"name\": 42}]", "[{\"id\": true}]", "{\"disclaimer\": 1.5}", "[01]", "[-]", "{\"a\" 1}", "{'a': 1}", "[1,]", "{\"a\":1,}", "/* c */ []"};
        return Stream.of(FILES).flatMap(f -> Stream.of(shapes).map(s -> Arguments.of(f, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wholeFileShapes")
    void everyShapeOfBadJsonGetsAPlainMessage(String file, String text) throws IOException {
        problemsWith(file, text);
    }

    @Test
    void nullInAListIsRefusedWithItsPlace() throws IOException {
        ContentProblem p = only(problemsWith("regions.json", "[null]"));
        assertTrue(p.file().endsWith("regions.json"), p.file());
        assertTrue(p.location().endsWith("($[0])"), p.location());
        assertTrue(p.message().startsWith("null is not allowed here"), p.message());
        ContentProblem inner = only(problemsWith("techniques.json", validWith("techniques.json",
                "\"cues\": [\"Keep the belly braced.\"]", "\"cues\": [\"Keep the belly braced.\", null]")));
        assertTrue(inner.location().contains("$[0].cues"), inner.location());
    }

    @Test
    void binaryAndOtherEncodingsAreNotUtf8Text() throws IOException {
        byte[] junk = {(byte) 0x80, (byte) 0xff, (byte) 0xfe, 0x00, 0x41, 0x00, 0x00, 0x00, (byte) 0x9c};
        problemsWith("regions.json", junk);
        problemsWith("sources.json", new byte[] {0, 0, 0, '[', 0, 0, 0, ']', 0, 0, (byte) 0xd8, 0});
        problemsWith("safety.json", "{\"disclaimer\": \"\u00e9\"}".getBytes(StandardCharsets.UTF_16LE));
    }

    @Test
    void aDuplicateKeyIsRefusedNotSilentlyOverwritten() throws IOException {
        ContentProblem p = only(problemsWith("regions.json",
                validWith("regions.json", "\"rating\": \"avoid\",", "\"rating\": \"avoid\", \"rating\": \"fine\",")));
        assertTrue(p.message().contains("the field 'rating' appears twice"), p.message());
        assertTrue(p.location().startsWith("line 7"), p.location());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", " \u00A0 ", "\u200D\u200C", "\uFEFF", "\u00AD", "\u2060", "\u202E", "\u3164",
        "\u0301", "\t\n", "\u2028"})
    void textThatShowsNothingIsMissing(String invisible) throws IOException {
        ContentProblem p = only(problemsWith("regions.json",
                validWith("regions.json", "\"Leave the low back off the roller.\"", "\"" + escape(invisible) + "\"")));
        assertEquals("$[0].summary", p.location());
        assertTrue(p.message().startsWith("missing summary"), p.message());
    }

    @Test
    void controlCharactersInTextAreRefused() throws IOException {
        ContentProblem p = only(problemsWith("techniques.json",
                validWith("techniques.json", "\"Roll the quadriceps\"", "\"Roll the \\u001b[31mquadriceps\"")));
        assertEquals("$[0].title", p.location());
        assertTrue(p.message().contains("U+001B"), p.message());
    }

    @Test
    void aVeryLongWordIsRefusedBeforeItReachesTheWindow() throws IOException {
        ContentProblem p = only(problemsWith("regions.json",
                validWith("regions.json", "\"No rib cage guards these vertebrae.\"", "\"" + "x".repeat(2_000) + "\"")));
        assertEquals("$[0].why[0].text", p.location());
        assertTrue(p.message().startsWith("has a word of 2000 characters with no space; at most 300"), p.message());
        ContentProblem longText = only(problemsWith("regions.json", validWith("regions.json",
                "\"No rib cage guards these vertebrae.\"", "\"" + "A short word. ".repeat(10_000) + "\"")));
        assertTrue(longText.message().startsWith("is 140000 characters long; at most 3000"), longText.message());
    }

    @Test
    void aRegionLinkingToItselfIsRefused() throws IOException {
        ContentProblem p = only(problemsWith("regions.json",
                validWith("regions.json", "\"region\": \"quadriceps\"", "\"region\": \"lumbar-spine\"")));
        assertEquals("$[0].instead[0].region", p.location());
        assertTrue(p.message().contains("to itself"), p.message());
        ContentProblem look = only(problemsWith("regions.json",
                validWith("regions.json", "\"lookElsewhere\": [\"quadriceps\"]", "\"lookElsewhere\": [\"lumbar-spine\"]")));
        assertEquals("$[0].lookElsewhere[0]", look.location());
    }

    @Test
    void aLinkToAnAvoidRegionIsRefused() throws IOException {
        String text = validWith("regions.json", "\"instead\": [],",
                "\"instead\": [{\"text\": \"Work the low back.\", \"region\": \"lumbar-spine\", \"sources\": [\"seed-a\"]}],");
        ContentProblem p = only(problemsWith("regions.json", text));
        assertEquals("$[1].instead[0].region", p.location());
        assertTrue(p.message().contains("'lumbar-spine', which is rated avoid"), p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "3601", "2147483647"})
    void aDoseOutsideOneSecondToAnHourIsRefused(String seconds) throws IOException {
        ContentProblem p = only(problemsWith("techniques.json",
                validWith("techniques.json", "\"seconds\": 60", "\"seconds\": " + seconds)));
        assertEquals("$[0].dose.seconds", p.location());
        assertTrue(p.message().startsWith("must be between 1 and 3600 seconds"), p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999", "60.5", "-1e400", "99999999999999999999", "\"60\"", "NaN", "Infinity", "true", "[60]"})
    void aDoseThatIsNotAWholeNumberIsRefused(String seconds) throws IOException {
        ContentProblem p = only(problemsWith("techniques.json",
                validWith("techniques.json", "\"seconds\": 60", "\"seconds\": " + seconds)));
        assertTrue(p.location().startsWith("line 8"), p.location());
    }

    @Test
    void hugeNestingTextAndNumbersAreRefusedQuickly() throws IOException {
        problemsWith("regions.json", "[".repeat(100_000));
        problemsWith("regions.json", "[{\"id\": \"" + "x".repeat(ContentJson.MAX_TEXT_CHARS + 1) + "\"}]");
        problemsWith("regions.json", "[{\"" + "k".repeat(ContentJson.MAX_NAME_CHARS + 1) + "\": 1}]");
        problemsWith("techniques.json", "[{\"dose\": {\"seconds\": " + "9".repeat(5000) + "}}]");
        List<ContentProblem> nested = problemsWith("safety.json", "{\"a\":".repeat(1000));
        assertTrue(nested.get(0).message().contains("nested too deeply"), nested.toString());
    }

    @Test
    void aFileLargerThanTheCapIsNotRead() throws IOException {
        byte[] big = new byte[ContentJson.MAX_FILE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '[';
        big[big.length - 1] = ']';
        ContentProblem p = only(problemsWith("sources.json", big));
        assertTrue(p.message().startsWith("is too large"), p.message());
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
        return b.toString();
    }
}
