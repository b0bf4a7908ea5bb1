package com.bodymap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure on the command line: where --list-regions says each shape is drawn, and checking a clinic's figure. */
class FigureCommandLineTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args).getAsInt();
    }

    @Test
    void listRegionsSaysTheBodysLeftIsOnTheViewersRightOfTheFrontAndLeftOfTheBack() throws Exception {
        assertEquals(0, run("--list-regions"));
        JsonNode rows = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        Set<String> regions = new HashSet<>();
        for (JsonNode row : rows) {
            regions.add(row.get("region").asText());
            String side = row.get("side").asText();
            String drawn = row.get("drawn").asText();
            boolean front = row.get("view").asText().equals("front");
            String expected = switch (side) {
                case "left" -> front ? "viewer's right" : "viewer's left";
                case "right" -> front ? "viewer's left" : "viewer's right";
                default -> "midline";
            };
            assertEquals(expected, drawn, row.get("id").asText());
        }
        assertEquals(72, rows.size());
        assertEquals(39, regions.size());
    }

    @Test
    void validateContentChecksAClinicsOwnFigure() throws Exception {
        ContentFixtures.folder(dir, "valid");
        Files.createDirectories(dir.resolve("figure"));
        String body = "M 100 50 L 300 50 L 300 950 L 100 950 Z";
        ObjectMapper json = new ObjectMapper();
        json.writeValue(dir.resolve("figure/front.json").toFile(), Map.of("width", 400, "height", 1000, "silhouette", body,
                "details", List.of(), "regions", Map.of("quadriceps", "M 120 500 L 180 500 L 180 650 L 120 650 Z")));
        json.writeValue(dir.resolve("figure/back.json").toFile(), Map.of("width", 400, "height", 1000, "silhouette", body,
                "details", List.of(), "regions", Map.of("lumbar-spine", "M 185 400 L 215 400 L 215 470 L 185 470 Z")));
        assertEquals(0, run("--validate-content", dir.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("its own figure, 3 shapes"), out.toString(StandardCharsets.UTF_8));
        json.writeValue(dir.resolve("figure/back.json").toFile(), Map.of("width", 400, "height", 1000, "silhouette", body,
                "details", List.of(), "regions", Map.of("lumbar-spine", "M 190 400 L 210 400 L 210 420 L 190 420 Z")));
        assertEquals(1, run("--validate-content", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "back.json at $.regions.lumbar-spine: lumbar-spine is too small to hit"), err.toString(StandardCharsets.UTF_8));
    }
}
