package com.bodymap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentFixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --validate-content} on a clinic folder with a German subfolder. */
class TranslationCommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private Path de;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void completeGermanFolder() throws Exception {
        ContentFixtures.folder(dir, "valid");
        de = Files.createDirectory(dir.resolve("de"));
        for (String name : List.of("regions.json", "techniques.json", "sources.json", "safety.json")) {
            Files.copy(dir.resolve(name), de.resolve(name));
        }
    }

    private int validate() {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"--validate-content", dir.toString()}).getAsInt();
    }

    @Test
    void aCompleteTranslationIsSaidToBeComplete() {
        assertEquals(0, validate());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("de: complete translation"), out::toString);
    }

    @Test
    void gapsAndChangedFieldsAreListedWithFileAndPath() throws Exception {
        ArrayNode regions = (ArrayNode) JSON.readTree(de.resolve("regions.json").toFile());
        ((ObjectNode) regions.get(1)).put("rating", "avoid").remove("summary");
        JSON.writeValue(de.resolve("regions.json").toFile(), regions);
        Files.delete(de.resolve("safety.json"));
        assertEquals(0, validate(), "gaps are shown in English, so the content still works");
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("de: 3 gaps or differences in the translation"), text);
        assertTrue(text.contains(de.resolve("regions.json") + " at $[1].rating: differs from the English"), text);
        assertTrue(text.contains(de.resolve("regions.json") + " at $[1].summary: missing translation"), text);
        assertTrue(text.contains(de.resolve("safety.json") + ": missing"), text);
    }

    @Test
    void aBrokenTranslationFailsValidation() throws Exception {
        Files.writeString(de.resolve("techniques.json"), "[ {\"id\": ");
        assertEquals(1, validate());
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("The de translation has 1 problem:"), text);
        assertTrue(text.contains(de.resolve("techniques.json") + " at line 1"), text);
    }
}
