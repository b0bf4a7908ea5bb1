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

    @Test
    void listRegionsGivesEachShapeItsRatingForEveryTool() throws Exception {
        ContentFixtures.folder(dir, "valid");
        assertEquals(0, run("--content", dir.toString(), "--list-regions").getAsInt());
        JsonNode lumbar = new ObjectMapper().readTree(out()).get(0);
        JsonNode tools = lumbar.get("tools");
        assertEquals(5, tools.size());
        assertEquals("avoid", tools.get("foam-roller").get("rating").asText());
        assertEquals("fine", tools.get("peanut").get("rating").asText());
        assertEquals("does-not-fit", tools.get("massage-gun").get("rating").asText());
        assertEquals("ball-beside-spine", tools.get("ball").get("technique").asText());
        assertEquals("seed-a", tools.get("foam-roller").get("sources").get(0).asText());
    }

    @Test
    void listRegionsWithAToolPrintsTheMapAsThatToolSeesIt() throws Exception {
        ContentFixtures.folder(dir, "valid");
        assertEquals(0, run("--content", dir.toString(), "--list-regions", "--tool", "peanut").getAsInt());
        JsonNode rows = new ObjectMapper().readTree(out());
        assertEquals(3, rows.size(), "every shape");
        JsonNode lumbar = rows.get(0);
        assertEquals("peanut", lumbar.get("tool").asText());
        assertEquals("fine", lumbar.get("rating").asText(), "the tool's rating replaces the headline");
        assertEquals("avoid", lumbar.get("headline").asText());
        assertEquals("The spine sits in the gap.", lumbar.get("reason").asText());
    }

    @Test
    void anUnknownToolOrAToolWithoutTheListIsAUsageError() throws Exception {
        ContentFixtures.folder(dir, "valid");
        assertEquals(2, run("--content", dir.toString(), "--list-regions", "--tool", "kettlebell").getAsInt());
        assertTrue(err().contains("unknown tool 'kettlebell'"), err());
        assertTrue(err().contains("foam-roller"), "the message lists the tools");
        assertEquals(2, run("--list-sources", "--tool", "ball").getAsInt());
        assertTrue(err().contains("--tool only goes with --list-regions"), err());
    }

    @Test
    void bundledListRegionsShowsTheLumbarSpineAvoidForTheFoamRoller() throws Exception {
        assertEquals(0, run("--list-regions", "--tool", "foam-roller").getAsInt());
        JsonNode rows = new ObjectMapper().readTree(out());
        boolean found = false;
        for (JsonNode row : rows) {
            assertTrue(row.hasNonNull("reason"), row.get("id").asText() + " has a reason for the foam roller");
            if (row.get("id").asText().equals("lumbar-spine")) {
                assertEquals("avoid", row.get("rating").asText());
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void thePeanutIsFineOnTheMusclesBesideTheLowBack() throws Exception {
        assertEquals(0, run("--list-regions", "--tool", "peanut").getAsInt());
        JsonNode rows = new ObjectMapper().readTree(out());
        assertEquals(72, rows.size(), "39 regions, 72 shapes");
        int seen = 0;
        for (JsonNode row : rows) {
            if (row.get("region").asText().equals("low-back-muscles")) {
                assertEquals("fine", row.get("rating").asText(), row.get("id").asText());
                assertEquals("caution", row.get("headline").asText());
                seen++;
            }
        }
        assertEquals(2, seen, "left and right");
    }

    @Test
    void langDeSpeaksGermanInHelpAndMessages() {
        assertEquals(0, run("--lang", "de", "--help").getAsInt());
        assertTrue(out().contains("Aufruf: java -jar body-map.jar [--lang SPRACHE]"), out());
        assertTrue(out().contains("Rückgabewerte"), out());
        assertTrue(!out().contains("Usage:") && !out().contains("Exit codes"), "no English left in the German help");
        for (String flag : new String[] {"--lang", "--content", "--validate-content", "--list-regions", "--export-sheet", "--help"}) {
            assertTrue(out().contains(flag), flag);
        }
        assertEquals(2, run("--frobnicate", "--lang", "de").getAsInt());
        assertTrue(err().contains("unbekannte Option ‚--frobnicate‘"), err());
        assertTrue(err().contains("Mehr dazu mit --help."), err());
        assertEquals(2, run("--lang", "de", "--list-regions", "--tool", "kettlebell").getAsInt());
        assertTrue(err().contains("unbekanntes Hilfsmittel ‚kettlebell‘"), err());
    }

    @Test
    void anUnknownLanguageIsAUsageErrorAndEnglishIsTheDefault() {
        assertEquals(2, run("--lang", "xx", "--help").getAsInt());
        assertTrue(err().contains("unknown language 'xx' (use de, en or system)"), err());
        assertEquals(0, run("--help").getAsInt());
        assertTrue(out().contains("Usage: java -jar body-map.jar [--lang LANG]"), "tests run with an English system");
    }
}
