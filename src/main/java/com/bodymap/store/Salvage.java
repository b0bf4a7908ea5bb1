package com.bodymap.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    record Result(Map<String, Found> runs, Set<String> deleted, int unreadableLines) {
        static Result empty() {
            return new Result(Map.of(), Set.of(), 0);
        }
    }

    private static final String RUN_PREFIX = "{\"run\":";
    /** A one-document file larger than this is not read whole into memory for recovery. */
    private static final long MAX_DOCUMENT = 512L << 20;

    private Salvage() {
    }

    static Result read(Path file, RunReader reader) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Result.empty();
        }
        Map<String, Found> runs = new LinkedHashMap<>();
        Set<String> deleted = new HashSet<>();
        int[] unreadable = {0};
        if (!journalLike(file)) {
            return formatOne(file, reader);
        }
        LineScanner.scan(file, 0, line -> {
            if (line.bytes() == null) {
                unreadable[0]++;
                return;
            }
            JsonNode node;
            try {
                node = RunReader.MAPPER.readTree(line.bytes());
            } catch (IOException e) {
                unreadable[0] += new String(line.bytes(), StandardCharsets.UTF_8).isBlank() ? 0 : 1;
                return;
            }
            if (node == null || !node.isObject()) {
                unreadable[0] += node == null ? 0 : 1;
                return;
            }
            if (node.has("run")) {
                StoredRun run = reader.run(node.get("run"));
                Found previous = runs.get(run.key());
                if (previous == null || previous.run().isDamaged() || !run.isDamaged()) {
                    runs.put(run.key(), new Found(run, runText(line.bytes(), node)));
                }
                deleted.remove(run.key());
            } else if (node.path("deleted").isTextual()) {
                runs.remove(node.get("deleted").asText());
                deleted.add(node.get("deleted").asText());
            }
        });
        return new Result(runs, deleted, unreadable[0]);
    }

    /** A format-1 document, read up to where it breaks; each run's text exactly as written. */
    private static Result formatOne(Path file, RunReader reader) throws IOException {
        Map<String, Found> runs = new LinkedHashMap<>();
        if (Files.size(file) < MAX_DOCUMENT) {
            byte[] all = Files.readAllBytes(file);
            LegacyResults.Parsed legacy = LegacyResults.read(new ByteArrayInputStream(all), reader, false);
            for (LegacyResults.Element e : legacy.elements()) {
                byte[] text = Arrays.copyOfRange(all, (int) e.start(), (int) e.end());
                runs.putIfAbsent(e.run().key(), new Found(e.run(), new String(LegacyResults.minify(text), StandardCharsets.UTF_8)));
            }
        }
        return new Result(runs, Set.of(), 0);
    }

    /**
     * Whether the file is a journal, even one whose header is damaged: one of its first lines is a
     * journal header, a run line or a deletion. A format-1 file's first lines never are.
     */
    static boolean journalLike(Path file) throws IOException {
        int[] looked = {0};
        boolean[] journal = {false};
        try {
            LineScanner.scan(file, 0, line -> {
                if (++looked[0] > 8 || journal[0]) {
                    throw new StopScan();
                }
                if (line.bytes() == null) {
                    return;
                }
                try {
                    JsonNode node = RunReader.TREES.readValue(line.bytes());
                    journal[0] = node != null && node.isObject() && (node.has("run") || node.has("deleted")
                            || node.path("format").asInt(0) >= Journal.FORMAT && !node.has("runs"));
                } catch (IOException e) {
                    // Not one JSON value on this line; look at the next.
                }
            });
        } catch (StopScan e) {
            // Seen enough.
        }
        return journal[0];
    }

    /** Ends a scan early. */
    private static final class StopScan extends IOException {
        StopScan() {
            super(null, null);
        }
    }

    /**
     * Only the keys of the runs a file holds (deletions applied), read with the streaming parser
     * without building the runs: the once-a-session check before the backup is replaced reads the
     * whole backup, and must stay quick with 100,000 runs. A format-1 file is read in full.
     */
    static Set<String> keys(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        if (!journalLike(file)) {
            return formatOne(file, new RunReader(RunCheck.none())).runs().keySet();
        }
        Set<String> keys = new HashSet<>();
        LineScanner.scan(file, 0, line -> {
            if (line.bytes() == null) {
                return;
            }
            try (com.fasterxml.jackson.core.JsonParser p = RunReader.MAPPER.getFactory().createParser(line.bytes())) {
                if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    return;
                }
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    com.fasterxml.jackson.core.JsonToken value = p.nextToken();
                    if ("deleted".equals(field) && value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                        keys.remove(p.getText());
                    } else if ("run".equals(field) && value == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                        String id = null;
                        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            com.fasterxml.jackson.core.JsonToken v = p.nextToken();
                            if ("id".equals(name) && v == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                                id = p.getText();
                            } else {
                                p.skipChildren();
                            }
                        }
                        // A run without a usable id: its key comes from its text, so read it whole.
                        keys.add(id != null && !id.isBlank() ? id : RunReader.keyOf(
                                String.valueOf(((JsonNode) RunReader.TREES.readValue(line.bytes())).get("run"))));
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (IOException e) {
                // Not a line that names a run.
            }
        });
        return keys;
    }

    /** The run's text as the line holds it, so a value this version cannot read is restored as it was. */
    private static String runText(byte[] line, JsonNode node) {
        String text = new String(line, StandardCharsets.UTF_8).strip();
        if (node.size() == 1 && text.startsWith(RUN_PREFIX) && text.endsWith("}")) {
            return text.substring(RUN_PREFIX.length(), text.length() - 1);
        }
        return node.get("run").toString();
    }
}
