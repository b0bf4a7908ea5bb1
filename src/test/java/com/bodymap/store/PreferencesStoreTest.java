package com.bodymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.files.FailingStream;
import com.bodymap.model.Tool;
import com.bodymap.model.View;
import com.bodymap.store.Preferences.MapPreferences;
import com.bodymap.store.Preferences.WindowPlacement;
import com.bodymap.store.Preferences.ZoomPreference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {
    @TempDir
    Path dir;

    private final Preferences sample = new Preferences(new WindowPlacement(40, 30, 1440, 900, false),
            new MapPreferences(View.FRONT, false, new ZoomPreference(2.5, View.FRONT, 180, 420)),
            ThemeChoice.DARK, TextSize.LARGER, "letter", Tool.PEANUT, "de");

    private PreferencesStore store() {
        return new PreferencesStore(dir, new AtomicFileWriter());
    }

    private Path file() {
        return dir.resolve(PreferencesStore.FILE_NAME);
    }

    private void write(String json) throws IOException {
        Files.writeString(file(), json, StandardCharsets.UTF_8);
    }

    @Test
    void noFileGivesDefaultsWithoutANote() {
        PreferencesStore.Loaded loaded = store().load();
        assertEquals(Preferences.none(), loaded.preferences());
        assertNull(loaded.problem());
    }

    @Test
    void preferencesSurviveARoundTrip() throws StoreException {
        store().save(sample);
        PreferencesStore.Loaded loaded = store().load();
        assertEquals(sample, loaded.preferences());
        assertNull(loaded.problem());
    }

    @Test
    void themeTextSizePaperAndToolAreWrittenAsWords() throws StoreException, IOException {
        store().save(sample);
        JsonNode saved = new ObjectMapper().readTree(file().toFile());
        assertEquals("dark", saved.path("theme").asText());
        assertEquals("larger", saved.path("textSize").asText());
        assertEquals("letter", saved.path("paperSize").asText());
        assertEquals("peanut", saved.path("tool").asText());
        store().save(sample.withTool(null).withTheme(ThemeChoice.HIGH_CONTRAST));
        JsonNode again = new ObjectMapper().readTree(file().toFile());
        assertFalse(again.has("tool"), "all tools is no tool");
        assertEquals("high-contrast", again.path("theme").asText());
    }

    @Test
    void aThemeThisVersionDoesNotKnowIsNotedAndKeptUntilAnotherIsChosen() throws IOException, StoreException {
        write("{\"theme\": \"sepia\", \"textSize\": \"large\", \"tool\": \"ball\"}");
        PreferencesStore store = store();
        PreferencesStore.Loaded loaded = store.load();
        assertNull(loaded.preferences().theme());
        assertEquals(TextSize.LARGE, loaded.preferences().textSize());
        assertEquals(Tool.BALL, loaded.preferences().tool());
        assertEquals(List.of(SettingsProblem.Part.THEME), loaded.problem().unread());
        store.save(loaded.preferences().withTextSize(TextSize.NORMAL));
        JsonNode saved = new ObjectMapper().readTree(file().toFile());
        assertEquals("sepia", saved.path("theme").asText(), "kept for the version that wrote it");
        assertEquals("normal", saved.path("textSize").asText());
        store.save(loaded.preferences().withTheme(ThemeChoice.LIGHT));
        assertEquals("light", new ObjectMapper().readTree(file().toFile()).path("theme").asText(), "replaced once one is chosen");
    }

    @Test
    void savingCreatesTheDataFolderAndLeavesNoTemporaryFiles() throws StoreException, IOException {
        PreferencesStore nested = new PreferencesStore(dir.resolve("a/b"), new AtomicFileWriter());
        nested.save(sample);
        try (Stream<Path> files = Files.list(dir.resolve("a/b"))) {
            assertEquals(java.util.List.of(PreferencesStore.FILE_NAME), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void fieldsThisVersionDoesNotKnowAreKeptOnSave() throws IOException, StoreException {
        write("""
                {"format": 1, "language": "fr", "theme": {"name": "dark", "contrast": "high"},
                 "window": {"x": 1, "y": 2, "width": 900, "height": 700, "maximized": false, "screen": "HDMI-1"},
                 "map": {"view": "back", "bothViews": true, "zoom": {"factor": 1, "view": "back", "x": 0, "y": 0}, "labels": "large"}}
                """);
        PreferencesStore store = store();
        Preferences loaded = store.load().preferences();
        store.save(loaded.withWindow(new WindowPlacement(10, 20, 1000, 750, true)));
        JsonNode saved = new ObjectMapper().readTree(file().toFile());
        assertEquals("fr", saved.path("language").asText());
        assertEquals("high", saved.path("theme").path("contrast").asText());
        assertEquals("HDMI-1", saved.path("window").path("screen").asText(), "unknown fields inside a known part survive too");
        assertEquals(1000, saved.path("window").path("width").asDouble());
        assertTrue(saved.path("window").path("maximized").asBoolean());
        assertEquals("large", saved.path("map").path("labels").asText());
        assertEquals(1, saved.path("format").asInt());
    }

    @Test
    void aNewerFormatNumberIsNotLoweredOnSave() throws IOException, StoreException {
        write("{\"format\": 3, \"margins\": \"narrow\"}");
        store().save(sample);
        JsonNode saved = new ObjectMapper().readTree(file().toFile());
        assertEquals(3, saved.path("format").asInt());
        assertEquals("narrow", saved.path("margins").asText());
    }

    @Test
    void aKnownFieldSetToNothingIsRemovedNotKept() throws StoreException, IOException {
        store().save(sample);
        store().save(sample.withMap(null));
        assertNull(store().load().preferences().map());
        assertFalse(Files.readString(file()).contains("null"));
    }

    @Test
    void aFileThatIsNotJsonIsMovedAsideWithANote() throws IOException, StoreException {
        write("{\"window\": {\"x\": 1,, ");
        PreferencesStore store = store();
        PreferencesStore.Loaded loaded = store.load();
        assertEquals(Preferences.none(), loaded.preferences());
        assertNotNull(loaded.problem());
        assertEquals(SettingsProblem.Kind.DAMAGED_MOVED, loaded.problem().kind());
        assertEquals(SettingsProblem.Damage.NOT_JSON, loaded.problem().damage());
        assertEquals(1, loaded.problem().line());
        assertEquals(store.damagedCopy(), loaded.problem().movedTo());
        assertEquals("{\"window\": {\"x\": 1,, ", Files.readString(store.damagedCopy()), "moved unchanged");
        store.save(sample);
        assertEquals(sample, store().load().preferences(), "a fresh file is written after a damaged one");
    }

    @Test
    void aFileThatIsNotAnObjectIsMovedAside() throws IOException {
        write("[1, 2, 3]");
        PreferencesStore.Loaded loaded = store().load();
        assertEquals(Preferences.none(), loaded.preferences());
        assertEquals(SettingsProblem.Damage.NOT_SETTINGS, loaded.problem().damage());
        assertTrue(Files.exists(store().damagedCopy()));
    }

    @Test
    void anUnreadablePartIsLeftAtItsDefaultAndTheRestIsUsed() throws IOException {
        write("""
                {"window": {"x": "left", "y": 2, "width": 900, "height": 700},
                 "map": {"view": "front", "bothViews": false, "zoom": {"factor": 2, "view": "front", "x": 200, "y": 300}}}
                """);
        PreferencesStore.Loaded loaded = store().load();
        assertNull(loaded.preferences().window());
        assertEquals(View.FRONT, loaded.preferences().map().view());
        assertEquals(2, loaded.preferences().map().zoom().factor());
        assertEquals(List.of(SettingsProblem.Part.WINDOW), loaded.problem().unread());
        assertFalse(Files.exists(store().damagedCopy()), "a file that is JSON is not moved aside");
    }

    @Test
    void anUnknownViewNameMakesOnlyTheMapPartUnreadable() throws IOException {
        write("{\"window\": {\"x\": 5, \"y\": 6, \"width\": 900, \"height\": 700, \"maximized\": false}, \"map\": {\"view\": \"side\"}}");
        PreferencesStore.Loaded loaded = store().load();
        assertEquals(new WindowPlacement(5, 6, 900, 700, false), loaded.preferences().window());
        assertNull(loaded.preferences().map());
        assertEquals(List.of(SettingsProblem.Part.MAP), loaded.problem().unread());
    }

    @Test
    void theLanguageIsKeptAsWrittenAndAWrongOneIsNoted() throws IOException, StoreException {
        write("{\"language\": \"de\"}");
        assertEquals("de", store().load().preferences().language());
        store().save(store().load().preferences().withLanguage("en"));
        assertEquals("en", store().load().preferences().language());
        write("{\"language\": 7}");
        PreferencesStore.Loaded loaded = store().load();
        assertNull(loaded.preferences().language());
        assertEquals(List.of(SettingsProblem.Part.LANGUAGE), loaded.problem().unread());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndSaysWhy() throws StoreException, IOException {
        store().save(sample);
        String before = Files.readString(file());
        PreferencesStore failing = new PreferencesStore(dir, new AtomicFileWriter(out -> new FailingStream(out, 10)));
        StoreException e = assertThrows(StoreException.class, () -> failing.save(sample.withMap(null)));
        assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
        assertEquals(before, Files.readString(file()));
    }
}
