package com.bodymap.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which English each translated text was made from, so that a translation left behind by a later
 * change to the English is noticed: the overlay alone cannot tell an up-to-date German sentence
 * from one translated from an English sentence that has since been rewritten. A language folder
 * may hold {@value #FILE}: per translated file, a short fingerprint of each English text at the
 * time its translation was last checked, keyed by a stable path ({@code $[neck].toolRatings[0].reason}:
 * entries by id, others by position). Without that file nothing is compared.
 */
public final class TranslationStamps {
    public static final String FILE = "translated-from.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TranslationStamps() {
    }

    /** Fingerprints of the English texts that the translation gives, by stable path. */
    static Map<String, String> of(TextFields fields, JsonNode english, JsonNode translation) {
        Map<String, String> translated = new LinkedHashMap<>();
        texts(fields, translation, "", "$", translated);
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        texts(fields, english, "", "$", texts);
        texts.forEach((path, text) -> {
            if (translated.containsKey(path)) {
                out.put(path, fingerprint(text));
            }
        });
        return out;
    }

    /**
     * Notes for the texts the translation gives whose English has changed since it was stamped,
     * or that were never stamped; none when the language folder has no {@value #FILE}.
     */
    static List<ContentProblem> stale(ContentSource source, String language, TextFields fields, JsonNode english,
                                      JsonNode translation) {
        JsonNode stamps;
        try (InputStream in = source.open(language + "/" + FILE)) {
            stamps = JSON.readTree(in);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            return List.of(new ContentProblem(source.describe(language + "/" + FILE), null,
                    "cannot be read, so stale translations cannot be told: " + e.getMessage()));
        }
        JsonNode stamped = stamps == null ? null : stamps.get(fields.file());
        String file = source.describe(language + "/" + fields.file());
        List<ContentProblem> notes = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        texts(fields, english, "", "$", texts);
        Map<String, String> translated = new LinkedHashMap<>();
        texts(fields, translation, "", "$", translated);
        texts.forEach((path, text) -> {
            if (!translated.containsKey(path)) {
                return; // a missing translation is noted by the overlay
            }
            JsonNode was = stamped == null ? null : stamped.get(path);
            if (was == null) {
                notes.add(new ContentProblem(file, path, "translated, but not stamped in " + FILE
                        + ": check it against the English, then stamp the folder (README: Content in other languages)"));
            } else if (!was.asText().equals(fingerprint(text))) {
                notes.add(new ContentProblem(file, path, "the English has changed since this was translated"
                        + " (stale): bring the translation up to date, then stamp the folder (README: Content in other languages)"));
            }
        });
        return notes;
    }

    /**
     * Stamps a language folder: records, for every translated text of every file the folder
     * translates, the English it now stands for. Run after checking the translation.
     * {@code java -cp target/body-map.jar com.bodymap.content.TranslationStamps assets/content de}
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TranslationStamps FOLDER LANGUAGE   (e.g. assets/content de)");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path out = stamp(folder, args[1]);
        System.out.println("wrote " + out);
    }

    static Path stamp(Path folder, String language) throws IOException {
        List<TextFields> all = new ArrayList<>(TextFields.CONTENT);
        all.add(TextFields.CHECKS);
        all.add(TextFields.POSES);
        StringBuilder b = new StringBuilder("{");
        boolean firstFile = true;
        for (TextFields fields : all) {
            Path en = folder.resolve(fields.file());
            Path tr = folder.resolve(language).resolve(fields.file());
            if (!Files.isRegularFile(en) || !Files.isRegularFile(tr)) {
                continue;
            }
            Map<String, String> stamps = of(fields, JSON.readTree(en.toFile()), JSON.readTree(tr.toFile()));
            b.append(firstFile ? "\n" : ",\n").append("  ").append(JSON.writeValueAsString(fields.file())).append(": {");
            firstFile = false;
            boolean first = true;
            for (Map.Entry<String, String> e : stamps.entrySet()) {
                b.append(first ? "\n" : ",\n").append("    ").append(JSON.writeValueAsString(e.getKey()))
                        .append(": ").append(JSON.writeValueAsString(e.getValue()));
                first = false;
            }
            b.append(first ? "}" : "\n  }");
        }
        b.append(firstFile ? "}\n" : "\n}\n");
        Path out = folder.resolve(language).resolve(FILE);
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        return out;
    }

    /** The first 12 hex digits of the text's SHA-256: enough to notice a change, short enough to diff. */
    static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Every non-blank text field under {@code node}, by stable path. */
    private static void texts(TextFields fields, JsonNode node, String pattern, String at, Map<String, String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = fields.field(pattern, f.getKey());
                if (fields.holdsText(p) && !fields.isAddedList(p)) {
                    texts(fields, f.getValue(), p, at + "." + f.getKey(), out);
                }
            }
        } else if (node.isArray()) {
            boolean ids = !node.isEmpty();
            for (JsonNode e : node) {
                ids &= e.isObject() && e.get("id") != null && e.get("id").isTextual();
            }
            for (int i = 0; i < node.size(); i++) {
                String key = ids ? node.get(i).get("id").asText() : String.valueOf(i);
                texts(fields, node.get(i), pattern + "[]", at + "[" + key + "]", out);
            }
        } else if (node.isTextual() && !node.asText().isBlank() && fields.isText(pattern)) {
            out.put(at, node.asText());
        }
    }
}
