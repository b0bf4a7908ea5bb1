package com.bodymap.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads what can be read from any results file, whole or damaged, journal or format 1: the runs
 * it holds by key, with their JSON text, and the keys its deletions name. Used to restore runs and
 * to decide whether the backup may be replaced. Never changes the file.
 */
final class Salvage {

    /** A run found, and its JSON text as it will be restored. */
    record Found(StoredRun run, String text) {
    }

    /**
     * @param runs       the last version of each run, by key; damaged ones included
     * @param deleted    keys a deletion line names
     */
    record Result(Map<String, Found> runs, Set<String> deleted) {
        static Result empty() {
            return new Result(Map.of(), Set.of());
        }
    }

    private Salvage() {
    }

    static Result read(Path file, RunReader reader) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Result.empty();
        }
        Map<String, Found> runs = new LinkedHashMap<>();
        Set<String> deleted = new HashSet<>();
        LineScanner.scan(file, 0, line -> {
            if (line.bytes() == null) {
                return;
            }
            JsonNode node;
            try {
                node = RunReader.MAPPER.readTree(line.bytes());
            } catch (IOException e) {
                return;
            }
            if (node == null || !node.isObject()) {
                return;
            }
            if (node.has("run")) {
                StoredRun run = reader.run(node.get("run"));
                Found previous = runs.get(run.key());
                if (previous == null || previous.run().isDamaged() || !run.isDamaged()) {
                    runs.put(run.key(), new Found(run, node.get("run").toString()));
                }
                deleted.remove(run.key());
            } else if (node.path("deleted").isTextual()) {
                runs.remove(node.get("deleted").asText());
                deleted.add(node.get("deleted").asText());
            }
        });
        if (runs.isEmpty() && deleted.isEmpty()) {
            // Not a journal: a format-1 document, read up to where it breaks.
            for (LegacyResults.Element e : LegacyResults.read(file, reader, true).elements()) {
                runs.putIfAbsent(e.run().key(), new Found(e.run(), e.text()));
            }
        }
        return new Result(runs, deleted);
    }
}
