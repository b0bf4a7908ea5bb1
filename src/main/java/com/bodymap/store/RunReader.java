package com.bodymap.store;

import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the JSON of one run into a {@link StoredRun}, checking every value on the way: an id, a
 * date, finite numbers, then the {@link RunCheck}. Anything wrong makes that one run damaged, with
 * the reason in plain words; it never throws for bad content.
 */
final class RunReader {
    /** The parser's options for results: lenient about NaN so it can be named, strict about duplicate keys. */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(LineScanner.MAX_LINE).maxNestingDepth(64).maxNumberLength(400).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Reused for every line: building a reader per line cost a third of the time to open a large history. */
    static final ObjectReader TREES = MAPPER.readerFor(JsonNode.class);

    /** What one journal line is. */
    sealed interface Line permits RunLine, Deletion, OtherLine {
    }

    record RunLine(StoredRun run) implements Line {
    }

    record Deletion(String key) implements Line {
    }

    /** Valid JSON this version does not know, perhaps from a later one: kept, not used. */
    record OtherLine() implements Line {
    }

    private final RunCheck check;
    private final Map<String, String> names = new HashMap<>();

    RunReader(RunCheck check) {
        this.check = check;
    }

    /** One line of the journal: {@code {"run":{...}}}, {@code {"deleted":"key"}}, or something else. */
    Line line(byte[] bytes) {
        JsonNode node;
        try {
            node = TREES.readValue(bytes);
        } catch (JsonProcessingException e) {
            return new RunLine(StoredRun.damaged(keyOf(bytes), null, "its text is not valid JSON"));
        } catch (IOException e) {
            return new RunLine(StoredRun.damaged(keyOf(bytes), null, "its text could not be read"));
        }
        if (node == null || !node.isObject()) {
            return new RunLine(StoredRun.damaged(keyOf(bytes), null, "it is not a saved run"));
        }
        if (node.has("run")) {
            return new RunLine(run(node.get("run")));
        }
        JsonNode deleted = node.get("deleted");
        if (deleted != null && deleted.isTextual()) {
            return new Deletion(deleted.asText());
        }
        return new OtherLine();
    }

    /**
     * One run's JSON. A damaged run without an id gets a key from its JSON, the same whether it was
     * read from an old single-document file or from a line of the journal.
     */
    StoredRun run(JsonNode node) {
        if (node == null || !node.isObject()) {
            return StoredRun.damaged(keyOf(String.valueOf(node)), null, "it is not a saved run");
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
            return StoredRun.damaged(keyOf(node.toString()), null, "it has no id");
        }
        String id = idNode.asText();
        JsonNode when = node.get("takenAt");
        LocalDateTime takenAt;
        try {
            takenAt = when != null && when.isTextual() ? LocalDateTime.parse(when.asText()) : null;
        } catch (DateTimeParseException e) {
            takenAt = null;
        }
        if (takenAt == null) {
            return StoredRun.damaged(id, null, "its date is missing or unreadable");
        }
        JsonNode notesNode = node.get("notes");
        if (notesNode != null && !notesNode.isNull() && !notesNode.isTextual()) {
            return StoredRun.damaged(id, takenAt, "its notes are not text");
        }
        JsonNode resultsNode = node.get("results");
        List<CheckResult> results = new ArrayList<>();
        if (resultsNode != null && !resultsNode.isNull()) {
            if (!resultsNode.isArray()) {
                return StoredRun.damaged(id, takenAt, "its list of checks is not a list");
            }
            for (JsonNode r : resultsNode) {
                JsonNode checkId = r == null ? null : r.get("checkId");
                if (checkId == null || !checkId.isTextual() || checkId.asText().isBlank()) {
                    return StoredRun.damaged(id, takenAt, "a check in it has no name");
                }
                String name = names.computeIfAbsent(checkId.asText(), k -> k);
                Value left = value(r.get("left"));
                Value right = value(r.get("right"));
                if (left.problem != null || right.problem != null) {
                    return StoredRun.damaged(id, takenAt, "the " + (left.problem != null ? "left" : "right")
                            + " value of the check " + check.nameOf(name) + " " + (left.problem != null ? left.problem : right.problem));
                }
                results.add(new CheckResult(name, left.number, right.number));
            }
        }
        ComparisonRun run = new ComparisonRun(id, takenAt, results, notesNode == null ? "" : notesNode.asText(""));
        Optional<String> problem = check.problem(run);
        return problem.isPresent() ? StoredRun.damaged(id, run.takenAt(), problem.get()) : StoredRun.fine(run);
    }

    /** A run as JSON, the way the file keeps it: ISO dates with seconds, null for a side not measured. */
    static ObjectNode tree(ComparisonRun run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", run.id());
        node.put("takenAt", run.takenAt().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        ArrayNode results = node.putArray("results");
        for (CheckResult r : run.results()) {
            ObjectNode result = results.addObject();
            result.put("checkId", r.checkId());
            result.put("left", r.left());
            result.put("right", r.right());
        }
        node.put("notes", run.notes());
        return node;
    }

    private record Value(Double number, String problem) {
    }

    private static Value value(JsonNode node) {
        if (node == null || node.isNull()) {
            return new Value(null, null);
        }
        if (!node.isNumber()) {
            return new Value(null, "is not a number (" + shorten(node.toString()) + ")");
        }
        double d = node.doubleValue();
        if (Double.isNaN(d)) {
            return new Value(null, "is not a number (NaN)");
        }
        if (Double.isInfinite(d)) {
            return new Value(null, "is too large to be a measurement (" + shorten(node.asText()) + ")");
        }
        return new Value(d, null);
    }

    private static String shorten(String s) {
        return s.length() <= 24 ? s : s.substring(0, 20) + "\u2026";
    }

    /** A stable key for a line without a usable id: the same text gives the same key. */
    static String keyOf(byte[] raw) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw == null ? new byte[0] : raw);
            return "line:" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String keyOf(String raw) {
        return keyOf(raw.getBytes(StandardCharsets.UTF_8));
    }
}
