package com.bodymap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noCommandMeansOpenTheWindow() {
        assertTrue(run().isEmpty());
        assertTrue(run("--content", dir.toString()).isEmpty());
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help").getAsInt());
        for (String flag : new String[] {"--content", "--validate-content", "--list-regions", "--list-techniques", "--list-sources"}) {
            assertTrue(out().contains(flag), flag);
        }
    }

    @Test
    void listRegionsPrintsEveryPartAsJson() throws Exception {
        ContentFixtures.folder(dir, "valid");
        assertEquals(0, run("--content", dir.toString(), "--list-regions").getAsInt());
        JsonNode rows = new ObjectMapper().readTree(out());
        assertEquals(3, rows.size());
        JsonNode lumbar = rows.get(0);
        assertEquals("lumbar-spine", lumbar.get("id").asText());
        assertEquals("back", lumbar.get("view").asText());
        assertEquals("midline", lumbar.get("side").asText());
        assertEquals("avoid", lumbar.get("rating").asText());
        assertEquals("quadriceps-left", rows.get(1).get("id").asText());
        assertEquals("left", rows.get(1).get("side").asText());
        assertEquals("Quadriceps", rows.get(1).get("name").asText());
    }

    @Test
    void listTechniquesAndSourcesPrintJson() throws Exception {
        ContentFixtures.folder(dir, "valid");
        assertEquals(0, run("--content", dir.toString(), "--list-techniques").getAsInt());
        JsonNode cards = new ObjectMapper().readTree(out());
        assertEquals("quad-roll", cards.get(0).get("id").asText());
        assertEquals("Foam roller", cards.get(0).get("tool").asText());
        assertEquals(60, cards.get(0).get("dose").get("seconds").asInt());
        out.reset();
        assertEquals(0, run("--content", dir.toString(), "--list-sources").getAsInt());
        JsonNode sources = new ObjectMapper().readTree(out());
        assertEquals("clinician article", sources.get(0).get("kind").asText());
        assertEquals("avoid the low back", sources.get(0).get("supports").get(0).asText());
    }

    @Test
    void validateContentPassesAValidFolder() throws Exception {
        ContentFixtures.folder(dir, "valid");
        assertEquals(0, run("--validate-content", dir.toString()).getAsInt());
        assertTrue(out().contains("valid"));
    }

    @Test
    void validateContentListsProblemsAndFails() throws Exception {
        ContentFixtures.folder(dir, "missing-reference");
        assertEquals(1, run("--validate-content", dir.toString()).getAsInt());
        assertTrue(err().contains("regions.json at $[0].techniques[1]"), err());
        assertTrue(out().isEmpty());
    }

    @Test
    void usageErrorsAreExplained() {
        assertEquals(2, run("--frobnicate").getAsInt());
        assertTrue(err().contains("unknown option '--frobnicate'"));
        assertEquals(2, run("--validate-content").getAsInt());
        assertEquals(2, run("--validate-content", dir.resolve("nope").toString()).getAsInt());
        assertTrue(err().contains("is not a folder"));
    }
}
