package com.bodymap.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The bundled content as it will be once the staged regions move in: the new regions wait in
 * {@code new-regions.json} (with their cards in {@code new-techniques.json} and the card region
 * lists to set in {@code new-technique-regions.json}) until the figure has shapes for them.
 * When no staging file is left, the folder is simply the bundled content.
 */
public final class StagedContent {
    static final String NEW_REGIONS = "new-regions.json";
    static final String NEW_TECHNIQUES = "new-techniques.json";
    static final String NEW_TECHNIQUE_REGIONS = "new-technique-regions.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path folder;

    private StagedContent() {
    }

    /** A folder laid out like assets/content/, written once per test run. */
    public static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = write(Files.createTempDirectory("bodymap-staged"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    public static ContentRepository load() throws ContentException {
        return new ContentLoader().load(ContentSource.folder(folder()));
    }

    /** True while some regions are still staged outside regions.json. */
    public static boolean staging() {
        return read(NEW_REGIONS) != null;
    }

    private static Path write(Path dir) throws IOException {
        ArrayNode regions = (ArrayNode) read(ContentLoader.REGIONS);
        ArrayNode techniques = (ArrayNode) read(ContentLoader.TECHNIQUES);
        append(regions, read(NEW_REGIONS));
        append(techniques, read(NEW_TECHNIQUES));
        JsonNode moves = read(NEW_TECHNIQUE_REGIONS);
        if (moves != null) {
            for (JsonNode t : techniques) {
                JsonNode regionsOfCard = moves.get(t.get("id").asText());
                if (regionsOfCard != null) {
                    ((ObjectNode) t).set("regions", regionsOfCard);
                }
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(ContentLoader.REGIONS).toFile(), regions);
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(ContentLoader.TECHNIQUES).toFile(), techniques);
        for (String name : new String[] {ContentLoader.SOURCES, ContentLoader.SAFETY}) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(name).toFile(), read(name));
        }
        return dir;
    }

    private static void append(ArrayNode to, JsonNode more) {
        if (more != null) {
            more.forEach(to::add);
        }
    }

    /** A bundled content file as a tree, or null when it is not there. */
    static JsonNode read(String name) {
        try (InputStream in = StagedContent.class.getResourceAsStream("/assets/content/" + name)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The card region lists the staging sets, by card id (empty once nothing is staged). */
    static Map<String, JsonNode> techniqueRegionMoves() {
        JsonNode moves = read(NEW_TECHNIQUE_REGIONS);
        Map<String, JsonNode> result = new java.util.LinkedHashMap<>();
        if (moves != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = moves.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                result.put(e.getKey(), e.getValue());
            }
        }
        return result;
    }
}
