package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content folder with a German subfolder: loading, falling back, searching and the notes. */
class TranslatedContentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private Path de;
    private ArrayNode regions;

    @BeforeEach
    void germanFolder() throws Exception {
        ContentFixtures.folder(dir, "valid");
        de = Files.createDirectory(dir.resolve("de"));
        for (String name : List.of("techniques.json", "sources.json", "safety.json")) {
            Files.copy(dir.resolve(name), de.resolve(name));
        }
        regions = (ArrayNode) JSON.readTree(dir.resolve("regions.json").toFile());
        ObjectNode quads = (ObjectNode) regions.get(1);
        quads.put("name", "Oberschenkelvorderseite (Quadrizeps)");
        quads.putArray("aliases").add("Oberschenkel").add("Schenkelmuskulatur");
        quads.put("summary", "Darf gerollt werden.");
        writeRegions();
    }

    private void writeRegions() throws Exception {
        JSON.writerWithDefaultPrettyPrinter().writeValue(de.resolve("regions.json").toFile(), regions);
    }

    private ContentRepository load(Locale locale) throws ContentException {
        return new ContentLoader().load(ContentSource.folder(dir), locale);
    }

    @Test
    void germanTextOverlaysTheEnglishAndTheRestStaysEnglish() throws Exception {
        ContentRepository german = load(Locale.GERMANY);
        Region quads = german.region("quadriceps").orElseThrow();
        assertEquals("Oberschenkelvorderseite (Quadrizeps)", quads.name());
        assertEquals("Darf gerollt werden.", quads.summary());
        assertEquals(Rating.FINE, quads.rating());
        assertEquals("Lumbar spine (low back)", german.region("lumbar-spine").orElseThrow().name(),
                "an entry the translation leaves in English stays English");
        assertEquals(Locale.GERMAN, german.language());
        assertEquals(Locale.ENGLISH, load(Locale.ENGLISH).language());
        assertEquals(Locale.ENGLISH, load(Locale.FRENCH).language(), "no French folder: English");
        assertEquals("Quadriceps", load(Locale.FRENCH).region("quadriceps").orElseThrow().name());
    }

    @Test
    void germanAliasesAreFoundBesideTheEnglishOnes() throws Exception {
        ContentRepository german = load(Locale.GERMAN);
        assertEquals(List.of("quadriceps"), german.search("Oberschenkel").stream().map(Region::id).toList());
        assertEquals(List.of("quadriceps"), german.search("schenkelmuskulatur").stream().map(Region::id).toList());
        assertEquals(List.of("quadriceps"), german.search("front of thigh").stream().map(Region::id).toList(),
                "the English aliases still find it");
        assertTrue(load(Locale.ENGLISH).search("Oberschenkel").isEmpty(), "German aliases belong to German");
    }

    @Test
    void aChangedRatingIsIgnoredAndNoted() throws Exception {
        ((ObjectNode) regions.get(1)).put("rating", "avoid");
        ((ObjectNode) regions.get(0)).remove("summary");
        writeRegions();
        assertEquals(Rating.FINE, load(Locale.GERMAN).region("quadriceps").orElseThrow().rating());
        List<ContentProblem> notes = new ContentLoader().translationNotes(ContentSource.folder(dir), "de");
        assertEquals(2, notes.size(), notes::toString);
        assertTrue(notes.stream().allMatch(n -> n.file().equals(de.resolve("regions.json").toString())), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.location().equals("$[1].rating") && n.message().contains("\"avoid\"")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.location().equals("$[0].summary") && n.message().contains("missing translation")),
                notes::toString);
    }

    @Test
    void aMissingFileIsNotedAndShownInEnglish() throws Exception {
        Files.delete(de.resolve("safety.json"));
        assertEquals(load(Locale.ENGLISH).safety(), load(Locale.GERMAN).safety());
        List<ContentProblem> notes = new ContentLoader().translationNotes(ContentSource.folder(dir), "de");
        assertEquals(1, notes.size(), notes::toString);
        assertTrue(notes.get(0).file().endsWith("safety.json") && notes.get(0).message().contains("not translated"), notes::toString);
        assertEquals(List.of("de"), ContentSource.folder(dir).languages());
    }

    @Test
    void aBrokenTranslationIsAProblemNamingItsFileAndLine() throws Exception {
        Files.writeString(de.resolve("regions.json"), "[\n  {\"id\": \"quadriceps\",,}\n]\n");
        ContentException e = assertThrows(ContentException.class, () -> load(Locale.GERMAN));
        ContentProblem p = e.problems().get(0);
        assertEquals(de.resolve("regions.json").toString(), p.file());
        assertTrue(p.location().startsWith("line 2"), p.toString());
        assertTrue(p.message().startsWith("malformed JSON"), p.toString());
    }

    @Test
    void translatedTextIsValidatedLikeTheEnglish() throws Exception {
        ((ObjectNode) regions.get(1)).put("summary", "TODO übersetzen");
        writeRegions();
        ContentException e = assertThrows(ContentException.class, () -> load(Locale.GERMAN));
        assertTrue(e.problems().get(0).message().contains("placeholder"), e.problems()::toString);
        assertEquals(de.resolve("regions.json").toString(), e.problems().get(0).file());
        assertEquals("$[1].summary", e.problems().get(0).location());
    }
}
