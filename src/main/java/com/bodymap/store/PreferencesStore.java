package com.bodymap.store;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.Tool;
import com.bodymap.store.Preferences.MapPreferences;
import com.bodymap.store.Preferences.WindowPlacement;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The preferences file, {@value #FILE_NAME} in the user's data folder beside the results. Reading
 * never fails: a file that is not JSON is moved aside to {@value #FILE_NAME}.damaged and the app
 * starts with its defaults; a part that cannot be read (say the window's size is a word) is left at
 * its default and the rest is used. Either way the caller gets a note for the user. Saving writes
 * the whole file atomically and keeps every field this version does not know.
 */
public final class PreferencesStore {
    public static final String FILE_NAME = "preferences.json";
    static final int FORMAT = 1;

    /** What loading gave: the preferences, and what was wrong, for a note to the user (else null). */
    public record Loaded(Preferences preferences, SettingsProblem problem) {
    }

    private final Path file;
    private final AtomicFileWriter writer;
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    /** Set when a damaged file could be neither read nor moved aside: it is never written over. */
    private String doNotWrite;
    /** Parts of the file on disk that could not be read: kept as they are unless a value is saved for them. */
    private final java.util.Set<String> unreadFields = new java.util.HashSet<>();

    public PreferencesStore(Path folder, AtomicFileWriter writer) {
        this.file = folder.resolve(FILE_NAME);
        this.writer = writer;
    }

    public Path file() {
        return file;
    }

    public Path damagedCopy() {
        return file.resolveSibling(FILE_NAME + ".damaged");
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Preferences.none(), null);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            return new Loaded(Preferences.none(), setAside(SettingsProblem.Damage.NOT_JSON, line(e)));
        } catch (IOException e) {
            doNotWrite = "it could not be read"; // not shown: a StoreException line for the log
            return new Loaded(Preferences.none(), new SettingsProblem(SettingsProblem.Kind.UNREADABLE, file, null,
                    null, null, e.getClass().getSimpleName(), null));
        }
        if (tree == null || !tree.isObject()) {
            return new Loaded(Preferences.none(), setAside(SettingsProblem.Damage.NOT_SETTINGS, null));
        }
        List<SettingsProblem.Part> unread = new ArrayList<>();
        WindowPlacement window = part(tree, "window", WindowPlacement.class, SettingsProblem.Part.WINDOW, unread);
        MapPreferences map = part(tree, "map", MapPreferences.class, SettingsProblem.Part.MAP, unread);
        ThemeChoice theme = part(tree, "theme", ThemeChoice.class, SettingsProblem.Part.THEME, unread);
        TextSize textSize = part(tree, "textSize", TextSize.class, SettingsProblem.Part.TEXT_SIZE, unread);
        String paper = part(tree, "paperSize", String.class, SettingsProblem.Part.PAPER, unread);
        Tool tool = part(tree, "tool", Tool.class, SettingsProblem.Part.TOOL, unread);
        JsonNode lang = tree.get("language");
        String language = lang != null && lang.isTextual() ? lang.asText() : null;
        if (lang != null && !lang.isNull() && !lang.isTextual()) {
            unread.add(SettingsProblem.Part.LANGUAGE);
        }
        SettingsProblem problem = unread.isEmpty() ? null
                : new SettingsProblem(SettingsProblem.Kind.PARTS_UNREAD, file, null, null, null, null, unread);
        return new Loaded(new Preferences(window, map, theme, textSize, paper, tool, language), problem);
    }

    /**
     * The language saved in the file, read without touching the file even when it is damaged (that
     * is for {@link #load()} to note and set aside); null when there is none to read.
     */
    public String peekLanguage() {
        try {
            JsonNode lang = mapper.readTree(Files.readAllBytes(file)).get("language");
            return lang != null && lang.isTextual() ? lang.asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the preferences whole, keeping any field of the file on disk that this version does not know. */
    public void save(Preferences preferences) throws StoreException {
        if (doNotWrite != null) {
            throw new StoreException("Settings not saved to " + file + ": " + doNotWrite + ", and Body Map will not write over it.");
        }
        try {
            ObjectNode kept = readForSaving();
            ObjectNode known = mapper.valueToTree(preferences);
            // A part this version could not read (a newer version's theme, say) stays until replaced.
            unreadFields.stream().filter(f -> known.path(f).isNull()).forEach(known::remove);
            merge(kept, known);
            ObjectNode out = mapper.createObjectNode();
            out.put("format", Math.max(FORMAT, kept.path("format").asInt(FORMAT)));
            kept.remove("format");
            out.setAll(kept);
            Files.createDirectories(file.getParent());
            writer.write(file, mapper.writeValueAsBytes(out));
        } catch (IOException e) {
            throw new StoreException("Settings not saved to " + file + ": " + AtomicFileWriter.explain(e, file), e);
        }
    }

    /** The file on disk now, so fields a newer version wrote since we loaded survive too. */
    private ObjectNode readForSaving() throws IOException {
        if (!Files.exists(file)) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode tree = mapper.readTree(Files.readAllBytes(file));
            if (tree != null && tree.isObject()) {
                return (ObjectNode) tree;
            }
        } catch (JsonProcessingException e) {
            // Damaged since it was loaded: set it aside below rather than write over it.
        }
        Files.move(file, damagedCopy(), StandardCopyOption.REPLACE_EXISTING);
        return mapper.createObjectNode();
    }

    private <T> T part(JsonNode tree, String field, Class<T> type, SettingsProblem.Part what,
                       List<SettingsProblem.Part> unread) {
        JsonNode node = tree.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            unread.add(what);
            unreadFields.add(field);
            return null;
        }
    }

    private SettingsProblem setAside(SettingsProblem.Damage damage, Integer line) {
        try {
            Files.move(file, damagedCopy(), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            doNotWrite = "it is damaged and could not be moved aside"; // not shown: a StoreException line for the log
            return new SettingsProblem(SettingsProblem.Kind.DAMAGED_STUCK, file, null, damage, line, null, null);
        }
        return new SettingsProblem(SettingsProblem.Kind.DAMAGED_MOVED, file, damagedCopy(), damage, line, null, null);
    }

    private static Integer line(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? null : e.getLocation().getLineNr();
    }

    /**
     * Copies {@code known} into {@code target}, object by object: a field this version knows takes
     * its value (a null one is removed), a field only {@code target} has is left as it is.
     */
    private static void merge(ObjectNode target, JsonNode known) {
        Iterator<Map.Entry<String, JsonNode>> fields = known.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = target.get(f.getKey());
            if (f.getValue().isNull()) {
                target.remove(f.getKey());
            } else if (existing instanceof ObjectNode o && f.getValue().isObject()) {
                merge(o, f.getValue());
            } else {
                target.set(f.getKey(), f.getValue());
            }
        }
    }
}
