package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The overlay on small trees: what is taken from the translation, what stays English, and what is noted where. */
class JsonOverlayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TextFields FIELDS = new TextFields("regions.json",
            Set.of("[].name", "[].why[].text", "[].steps[]"), Set.of("[].aliases"));
    private static final String ENGLISH = """
            [{"id": "quads", "name": "Front of the thigh", "rating": "fine", "aliases": ["thigh", "quads"],
              "why": [{"text": "Big muscle.", "sources": ["a", "b"]}], "steps": ["One.", "Two."]},
             {"id": "neck", "name": "Neck", "rating": "avoid", "aliases": [], "why": [], "steps": []}]
            """;

    private static JsonOverlay.Result overlay(String translation) throws Exception {
        return JsonOverlay.apply(FIELDS, JSON.readTree(ENGLISH), JSON.readTree(translation), "de/regions.json");
    }

    private static void noted(List<ContentProblem> notes, String at, String words) {
        assertTrue(notes.stream().anyMatch(n -> at.equals(n.location()) && n.message().contains(words)
                && n.file().equals("de/regions.json")), () -> "expected a note at " + at + " saying '" + words + "': " + notes);
    }

    @Test
    void textComesFromTheTranslationAndEverythingElseFromTheEnglish() throws Exception {
        JsonOverlay.Result r = overlay("""
                [{"id": "quads", "name": "Oberschenkelvorderseite", "rating": "avoid", "aliases": ["Oberschenkel"],
                  "why": [{"text": "Großer Muskel.", "sources": ["a", "c"]}], "steps": ["Eins.", "Zwei."]},
                 {"id": "neck", "name": "Hals", "rating": "avoid", "aliases": [], "why": [], "steps": []}]
                """);
        JsonNode quads = r.merged().get(0);
        assertEquals("Oberschenkelvorderseite", quads.get("name").asText());
        assertEquals("Großer Muskel.", quads.get("why").get(0).get("text").asText());
        assertEquals("fine", quads.get("rating").asText(), "a rating is never taken from a translation");
        assertEquals("b", quads.get("why").get(0).get("sources").get(1).asText(), "nor a source id");
        noted(r.notes(), "$[0].rating", "differs from the English");
        noted(r.notes(), "$[0].why[0].sources[1]", "differs from the English");
        assertEquals(2, r.notes().size(), () -> r.notes().toString());
    }

    @Test
    void aliasesAreAddedToTheEnglishOnes() throws Exception {
        JsonOverlay.Result r = overlay("""
                [{"id": "quads", "name": "Oberschenkel", "aliases": ["Oberschenkel", "Quadrizeps"],
                  "why": [{"text": "Großer Muskel."}], "steps": ["Eins.", "Zwei."]},
                 {"id": "neck", "name": "Hals", "aliases": []}]
                """);
        List<String> aliases = JSON.convertValue(r.merged().get(0).get("aliases"), List.class);
        assertEquals(List.of("Oberschenkel", "Quadrizeps", "thigh", "quads"), aliases);
        assertTrue(r.notes().isEmpty(), () -> "non-text fields may be left out: " + r.notes());
    }

    @Test
    void entriesAreMatchedByIdAndGapsFallBackToEnglishWithANote() throws Exception {
        JsonOverlay.Result r = overlay("""
                [{"id": "neck", "name": "Hals"},
                 {"id": "quads", "aliases": [], "why": [{"text": ""}], "steps": ["Eins."]},
                 {"id": "knee", "name": "Knie"}]
                """);
        JsonNode quads = r.merged().get(0);
        assertEquals("quads", quads.get("id").asText(), "the English order stays");
        assertEquals("Front of the thigh", quads.get("name").asText());
        assertEquals("Big muscle.", quads.get("why").get(0).get("text").asText());
        assertEquals("Eins.", quads.get("steps").get(0).asText());
        assertEquals("Two.", quads.get("steps").get(1).asText());
        assertEquals("Hals", r.merged().get(1).get("name").asText());
        noted(r.notes(), "$[1].name", "missing translation");
        noted(r.notes(), "$[1].why[0].text", "missing translation");
        noted(r.notes(), "$[1].steps[1]", "missing translation");
        noted(r.notes(), "$[2]", "no entry 'knee'");
        assertEquals(4, r.notes().size(), () -> r.notes().toString());
    }

    @Test
    void aMissingEntryIsOneNoteAndTheEnglishEntryIsKeptWhole() throws Exception {
        JsonOverlay.Result r = overlay("""
                [{"id": "quads", "name": "Oberschenkel", "aliases": [], "why": [{"text": "Großer Muskel."}], "steps": ["Eins.", "Zwei."], "colour": "red"}]
                """);
        noted(r.notes(), "$[1]", "missing translation of the entry 'neck'");
        noted(r.notes(), "$[0].colour", "no field 'colour'");
        assertEquals(2, r.notes().size(), () -> r.notes().toString());
        assertEquals(JSON.readTree(ENGLISH).get(1), r.merged().get(1));
    }

    @Test
    void mapsOfIdsAreMatchedByKey() throws Exception {
        TextFields poses = new TextFields("poses.json", Set.of("cards.*[].alt"), Set.of());
        JsonNode en = JSON.readTree("{\"about\": \"x\", \"cards\": {\"a\": [{\"alt\": \"Lying down.\", \"pitch\": 5}]}}");
        JsonNode tr = JSON.readTree("{\"cards\": {\"a\": [{\"alt\": \"Liegend.\", \"pitch\": 6}], \"b\": []}}");
        JsonOverlay.Result r = JsonOverlay.apply(poses, en, tr, "de/poses.json");
        assertEquals("Liegend.", r.merged().get("cards").get("a").get(0).get("alt").asText());
        assertEquals(5, r.merged().get("cards").get("a").get(0).get("pitch").asInt());
        assertEquals("x", r.merged().get("about").asText(), "a field that is not text may be left out");
        assertEquals(2, r.notes().size(), () -> r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.location().equals("$.cards.a[0].pitch")), r.notes()::toString);
        assertTrue(r.notes().stream().anyMatch(n -> n.location().equals("$.cards.b")), r.notes()::toString);
    }
}
