package com.bodymap.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a translation over an English content file, as JSON trees. The translation mirrors the
 * English file: entries are matched by {@code id} where entries have one, by position otherwise.
 * Its text fields ({@link TextFields}) replace the English ones; everything else is taken from the
 * English file whatever the translation says, so a translation can never change a rating or lose
 * a source. Text the translation lacks stays English. Every gap and every difference is noted,
 * naming the translation file and the JSON path in it.
 */
final class JsonOverlay {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TextFields fields;
    private final String file;
    private final List<ContentProblem> notes = new ArrayList<>();

    /** The English tree with the translation laid over it, and what did not fit. */
    record Result(JsonNode merged, List<ContentProblem> notes) {
    }

    private JsonOverlay(TextFields fields, String file) {
        this.fields = fields;
        this.file = file;
    }

    /** {@code file} is how the notes name the translation file ("assets/content/de/regions.json"). */
    static Result apply(TextFields fields, JsonNode english, JsonNode translation, String file) {
        JsonOverlay overlay = new JsonOverlay(fields, file);
        JsonNode merged = overlay.merge(english, translation, "", "$");
        return new Result(merged, List.copyOf(overlay.notes));
    }

    private JsonNode merge(JsonNode en, JsonNode tr, String pattern, String at) {
        if (en.isObject()) {
            return mergeObject((ObjectNode) en, tr, pattern, at);
        }
        if (en.isArray()) {
            return mergeArray((ArrayNode) en, tr, pattern, at);
        }
        return mergeValue(en, tr, pattern, at);
    }

    private JsonNode mergeObject(ObjectNode en, JsonNode tr, String pattern, String at) {
        if (!tr.isObject()) {
            differs(at, tr, en);
            return en.deepCopy();
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String p = fields.field(pattern, f.getKey());
            String fat = at + "." + f.getKey();
            JsonNode t = tr.get(f.getKey());
            if (t == null) {
                // Non-text fields may be left out; text may not.
                if (holdsText(f.getValue(), p)) {
                    note(fat, "missing translation (the English is shown)");
                }
                out.set(f.getKey(), f.getValue().deepCopy());
            } else {
                out.set(f.getKey(), merge(f.getValue(), t, p, fat));
            }
        }
        for (Iterator<String> names = tr.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!en.has(name)) {
                note(at + "." + name, "the English file has no field '" + name + "' here (ignored)");
            }
        }
        return out;
    }

    private JsonNode mergeArray(ArrayNode en, JsonNode tr, String pattern, String at) {
        if (!tr.isArray()) {
            differs(at, tr, en);
            return en.deepCopy();
        }
        if (fields.isAddedList(pattern)) {
            return addedList(en, (ArrayNode) tr, at);
        }
        return hasIds(en) ? byId(en, (ArrayNode) tr, pattern, at) : byPosition(en, (ArrayNode) tr, pattern, at);
    }

    /** Search aliases: the translation's are added to the English ones, never replacing them. */
    private JsonNode addedList(ArrayNode en, ArrayNode tr, String at) {
        Set<String> all = new LinkedHashSet<>();
        for (int i = 0; i < tr.size(); i++) {
            if (tr.get(i).isTextual() && !tr.get(i).asText().isBlank()) {
                all.add(tr.get(i).asText());
            } else {
                note(at + "[" + i + "]", "should be a text, not " + tr.get(i) + " (ignored)");
            }
        }
        en.forEach(e -> all.add(e.asText()));
        ArrayNode out = NODES.arrayNode();
        all.forEach(out::add);
        return out;
    }

    private JsonNode byId(ArrayNode en, ArrayNode tr, String pattern, String at) {
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < tr.size(); j++) {
            JsonNode id = tr.get(j).get("id");
            if (id != null && id.isTextual()) {
                index.putIfAbsent(id.asText(), j);
            } else {
                note(at + "[" + j + "]", "an entry without an id cannot be matched to the English (ignored)");
            }
        }
        ArrayNode out = NODES.arrayNode();
        Set<String> englishIds = new LinkedHashSet<>();
        String p = pattern + "[]";
        for (int i = 0; i < en.size(); i++) {
            JsonNode e = en.get(i);
            String id = e.get("id").asText();
            englishIds.add(id);
            Integer j = index.get(id);
            if (j == null) {
                if (holdsText(e, p)) {
                    note(at + "[" + i + "]", "missing translation of the entry '" + id + "' (the English is shown)");
                }
                out.add(e.deepCopy());
            } else {
                out.add(merge(e, tr.get(j), p, at + "[" + j + "]"));
            }
        }
        index.forEach((id, j) -> {
            if (!englishIds.contains(id)) {
                note(at + "[" + j + "]", "the English file has no entry '" + id + "' (ignored)");
            }
        });
        return out;
    }

    private JsonNode byPosition(ArrayNode en, ArrayNode tr, String pattern, String at) {
        ArrayNode out = NODES.arrayNode();
        String p = pattern + "[]";
        for (int i = 0; i < en.size(); i++) {
            JsonNode e = en.get(i);
            if (i < tr.size()) {
                out.add(merge(e, tr.get(i), p, at + "[" + i + "]"));
            } else {
                if (holdsText(e, p)) {
                    note(at + "[" + i + "]", "missing translation (the English is shown)");
                }
                out.add(e.deepCopy());
            }
        }
        if (tr.size() > en.size()) {
            note(at, "has " + tr.size() + " entries where the English has " + en.size()
                    + " (the extra ones are ignored; entries are matched by position)");
        }
        return out;
    }

    private JsonNode mergeValue(JsonNode en, JsonNode tr, String pattern, String at) {
        if (!fields.isText(pattern)) {
            if (!tr.equals(en)) {
                differs(at, tr, en);
            }
            return en;
        }
        if (en.isNull()) {
            if (!tr.isNull()) {
                note(at, "the English has no text here, so the translation's is not shown");
            }
            return en;
        }
        if (tr.isTextual() && !tr.asText().isBlank()) {
            return tr;
        }
        note(at, tr.isTextual() || tr.isNull() ? "missing translation (the English is shown)"
                : "should be a text, not " + tr + " (the English is shown)");
        return en;
    }

    /** Whether an English node is text a translation must give, or holds some. */
    private boolean holdsText(JsonNode en, String pattern) {
        if (en == null || en.isNull() || !fields.holdsText(pattern)) {
            return false;
        }
        if (en.isArray() || en.isObject()) {
            if (en.isEmpty()) {
                return false;
            }
            if (en.isArray()) {
                for (JsonNode e : en) {
                    if (holdsText(e, pattern + "[]")) {
                        return true;
                    }
                }
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (holdsText(f.getValue(), fields.field(pattern, f.getKey()))) {
                    return true;
                }
            }
            return false;
        }
        return en.isTextual() && !en.asText().isBlank() && (fields.isText(pattern) || fields.isAddedList(parent(pattern)));
    }

    private static boolean hasIds(ArrayNode en) {
        if (en.isEmpty()) {
            return false;
        }
        for (JsonNode e : en) {
            if (!e.isObject() || e.get("id") == null || !e.get("id").isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String parent(String pattern) {
        return pattern.endsWith("[]") ? pattern.substring(0, pattern.length() - 2) : pattern;
    }

    private void differs(String at, JsonNode translation, JsonNode english) {
        note(at, "differs from the English: " + brief(translation) + " here, " + brief(english)
                + " in English (the English is used; only text is translated)");
    }

    private static String brief(JsonNode node) {
        String s = node.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private void note(String at, String message) {
        notes.add(new ContentProblem(file, at, message));
    }
}
