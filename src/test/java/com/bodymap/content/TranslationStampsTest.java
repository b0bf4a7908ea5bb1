package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stamped translation: a later change to the English shows as a stale text, named by file and path. */
class TranslationStampsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private Path de;

    @BeforeEach
    void germanFolder() throws Exception {
        ContentFixtures.folder(dir, "valid");
        de = Files.createDirectory(dir.resolve("de"));
        for (String name : List.of("regions.json", "techniques.json", "sources.json", "safety.json")) {
            Files.copy(dir.resolve(name), de.resolve(name));
        }
        ArrayNode regions = (ArrayNode) JSON.readTree(de.resolve("regions.json").toFile());
        ((ObjectNode) regions.get(1)).put("summary", "Darf gerollt werden.");
        JSON.writeValue(de.resolve("regions.json").toFile(), regions);
    }

    private List<ContentProblem> stale() {
        return new ContentLoader().translationNotes(ContentSource.folder(dir), "de").stream()
                .filter(n -> n.message().contains("stale") || n.message().contains("not stamped")).toList();
    }

    @Test
    void withoutStampsNothingIsCompared() {
        assertEquals(List.of(), stale());
    }

    @Test
    void aStampedTranslationIsUpToDateUntilTheEnglishChanges() throws Exception {
        TranslationStamps.stamp(dir, "de");
        assertTrue(Files.readString(de.resolve(TranslationStamps.FILE)).contains("\"$[quadriceps].summary\": \""),
                "stamps are keyed by entry id and field");
        assertEquals(List.of(), stale());

        ArrayNode english = (ArrayNode) JSON.readTree(dir.resolve("regions.json").toFile());
        String id = english.get(1).get("id").asText();
        ((ObjectNode) english.get(1)).put("summary", english.get(1).get("summary").asText() + " Keep it light.");
        JSON.writeValue(dir.resolve("regions.json").toFile(), english);

        List<ContentProblem> stale = stale();
        assertEquals(1, stale.size(), stale.toString());
        assertTrue(stale.get(0).file().endsWith("de/regions.json"), stale.get(0).toString());
        assertEquals("$[" + id + "].summary", stale.get(0).location());
        assertTrue(stale.get(0).message().contains("the English has changed since this was translated"));

        TranslationStamps.stamp(dir, "de");
        assertEquals(List.of(), stale(), "stamping again accepts the translation as checked");
    }

    @Test
    void aTranslatedTextThatWasNeverStampedIsNoted() throws Exception {
        TranslationStamps.stamp(dir, "de");
        String id = JSON.readTree(dir.resolve("regions.json").toFile()).get(1).get("id").asText();
        Path stamps = de.resolve(TranslationStamps.FILE);
        String key = "\"$[" + id + "].summary\"";
        List<String> lines = Files.readAllLines(stamps).stream().filter(l -> !l.contains(key)).toList();
        Files.write(stamps, lines);
        List<ContentProblem> stale = stale();
        assertEquals(1, stale.size(), stale.toString());
        assertEquals("$[" + id + "].summary", stale.get(0).location());
        assertTrue(stale.get(0).message().contains("not stamped"), stale.get(0).toString());
    }
}
