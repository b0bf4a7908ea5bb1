package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Region;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.picture.PictureBook;
import com.bodymap.picture.PictureLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The German translation that ships: complete (every entry and text the English has), changing
 * nothing but text, losing nothing when laid over the English, and German where it is shown.
 */
class BundledTranslationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContentSource CONTENT = ContentSource.bundled();
    /** Texts that read the same in both languages: a number, or a word German shares. */
    private static final Set<String> SAME_IN_GERMAN = Set.of("1", "1-3", "Position", "Start");
    private static final Pattern PATH_DATA = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz0-9.,\\s-]*");

    @Test
    void germanContentIsCompleteAndChangesOnlyText() {
        List<ContentProblem> notes = new ContentLoader().translationNotes(CONTENT, "de");
        assertTrue(notes.isEmpty(), () -> notes.size() + " gap(s) in the German content:\n" + lines(notes));
    }

    @Test
    void germanChecksAndDrawingsAreComplete() {
        List<ContentProblem> checks = new CheckLoader().translationNotes("de");
        assertTrue(checks.isEmpty(), () -> "gaps in the German checks:\n" + lines(checks));
        List<ContentProblem> poses = new PictureLoader().translationNotes("de");
        assertTrue(poses.isEmpty(), () -> "gaps in the German drawings:\n" + lines(poses));
    }

    @Test
    void germanIsTheOnlyBundledTranslationSoFar() {
        assertEquals(List.of("de"), CONTENT.languages());
        assertEquals(List.of("de"), ContentSource.classpath("assets/checks").languages());
        assertEquals(List.of("de"), ContentSource.classpath("assets/pictures").languages());
    }

    /** Every text field of every file, laid over the English, is German: none left as the English words. */
    @Test
    void everyTextIsTranslated() throws Exception {
        List<String> untranslated = new ArrayList<>();
        for (String folder : List.of("assets/content", "assets/checks", "assets/pictures")) {
            for (TextFields fields : filesIn(folder)) {
                ContentSource source = ContentSource.classpath(folder);
                JsonNode english = read(source, fields.file());
                JsonNode german = TranslationFiles.translated(JSON, source, fields, Locale.GERMAN);
                compareText(fields, english, german, "", folder + "/de/" + fields.file() + " $", untranslated);
            }
        }
        assertTrue(untranslated.isEmpty(), () -> untranslated.size() + " text(s) still in English:\n"
                + String.join("\n", untranslated));
    }

    /** Laid over the English, the German keeps every id, rating, source, number and flag, and every English alias. */
    @Test
    void theOverlayLosesNothingButEnglishText() throws Exception {
        for (String folder : List.of("assets/content", "assets/checks", "assets/pictures")) {
            for (TextFields fields : filesIn(folder)) {
                ContentSource source = ContentSource.classpath(folder);
                JsonNode english = read(source, fields.file());
                JsonNode german = TranslationFiles.translated(JSON, source, fields, Locale.GERMAN);
                assertEquals(withoutText(fields, english.deepCopy(), ""), withoutText(fields, german.deepCopy(), ""),
                        folder + "/" + fields.file() + ": the overlay changed something that is not text");
                if (fields == TextFields.REGIONS) {
                    for (int i = 0; i < english.size(); i++) {
                        for (JsonNode alias : english.get(i).get("aliases")) {
                            assertTrue(contains(german.get(i).get("aliases"), alias), "lost the alias " + alias);
                        }
                    }
                }
            }
        }
    }

    @Test
    void contentLoadsInGerman() throws Exception {
        ContentRepository de = new ContentLoader().load(CONTENT, Locale.GERMANY);
        ContentRepository en = new ContentLoader().load(CONTENT, Locale.UK);
        assertEquals(Locale.GERMAN, de.language());
        assertEquals("Lendenwirbelsäule (unterer Rücken)", de.region("lumbar-spine").orElseThrow().name());
        assertEquals("Quadrizeps (Oberschenkelvorderseite)", de.region("quadriceps").orElseThrow().name());
        assertEquals("Faszienrolle", de.technique("quadriceps-roll").orElseThrow().tool());
        assertTrue(de.safety().disclaimer().startsWith("Body Map dient der Aufklärung"), de.safety().disclaimer());
        assertTrue(de.source("mff-lower-back").orElseThrow().supports().contains("kurze Antwort zum Rollen des unteren Rückens: wahrscheinlich nicht"));
        assertEquals(en.source("mff-lower-back").orElseThrow().title(), de.source("mff-lower-back").orElseThrow().title(),
                "a source's title stays as published");
        for (Region r : en.regions()) {
            Region g = de.region(r.id()).orElseThrow();
            assertEquals(r.rating(), g.rating(), r.id());
            assertEquals(r.toolRatings().stream().map(t -> t.rating()).toList(), g.toolRatings().stream().map(t -> t.rating()).toList(), r.id());
            assertTrue(!r.name().equals(g.name()) || r.id().equals("tfl"), r.id() + " has an English name in German");
        }
    }

    @Test
    void searchFindsGermanAndEnglishNamesInGerman() throws Exception {
        ContentRepository de = new ContentLoader().load(CONTENT, Locale.GERMAN);
        for (String query : List.of("Oberschenkel", "oberschenkelvorderseite", "thigh", "quads")) {
            assertTrue(ids(de.search(query)).contains("quadriceps"), query + " -> " + ids(de.search(query)));
        }
        assertEquals("glutes", de.search("Gesäß").get(0).id(), ids(de.search("Gesäß")).toString());
        assertTrue(ids(de.search("gesass")).contains("glutes"), "accents folded");
        assertTrue(ids(de.search("Lendenwirbelsäule")).contains("lumbar-spine"));
        assertTrue(ids(de.search("Leiste")).contains("groin"));
        assertTrue(ids(de.search("Achselhöhle")).contains("armpit"));
        assertTrue(ids(de.search("Wadenmuskulatur")).contains("calf"));
        assertTrue(new ContentLoader().load(CONTENT).search("Oberschenkel").isEmpty(), "German aliases only in German");
    }

    /**
     * As in English (BundledContentTest): in German, where the German and English aliases are
     * searched together, no name or alias belongs to two regions, and typing one in full puts its
     * own region first.
     */
    @Test
    void germanNamesAndAliasesBelongToOneRegionAndFindItFirst() throws Exception {
        ContentRepository de = new ContentLoader().load(CONTENT, Locale.GERMAN);
        Map<String, Set<String>> owners = new java.util.TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Region r : de.regions()) {
            List<String> names = new ArrayList<>(r.aliases());
            names.add(r.name());
            for (String name : names) {
                owners.computeIfAbsent(folded(name), k -> new java.util.TreeSet<>()).add(r.id());
                List<String> found = ids(de.search(name));
                if (found.isEmpty() || !found.get(0).equals(r.id())) {
                    wrong.add("'" + name + "' finds " + found + " before " + r.id());
                }
            }
        }
        List<String> shared = owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "'" + e.getKey() + "': " + e.getValue()).toList();
        assertTrue(shared.isEmpty(), "names or aliases of more than one region in German:\n" + String.join("\n", shared));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Case, accents and ß folded, as search folds them. */
    private static String folded(String s) {
        return java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace("ß", "ss"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Test
    void checksAndDrawingsLoadInGerman() throws Exception {
        CheckCatalog de = new CheckLoader().loadBundled(Locale.GERMAN);
        CheckCatalog en = new CheckLoader().loadBundled();
        assertEquals("Modifizierter Thomas-Test", de.check("modified-thomas").orElseThrow().name());
        assertTrue(de.introduction().text().contains("Citizen Science"), de.introduction().text());
        assertEquals(en.check("modified-thomas").orElseThrow().threshold(), withText(de.check("modified-thomas").orElseThrow().threshold(),
                en.check("modified-thomas").orElseThrow().threshold().explanation()));
        PictureBook poses = new PictureLoader().poses(Locale.GERMAN);
        assertTrue(poses.cards().get("quadriceps-roll").get(0).alt().startsWith("Bauchlage"));
        assertEquals("Wo die Bälle liegen", poses.cards().get("peanut-beside-spine").get(1).label());
        assertEquals(JSON.valueToTree(new PictureLoader().poses().cards().get("quadriceps-roll").get(0).body()),
                JSON.valueToTree(poses.cards().get("quadriceps-roll").get(0).body()), "the pose is the English file's");
    }

    /** The figure's files hold path data and region ids only: nothing a user reads, so nothing to translate. */
    @Test
    void theFigureCarriesNoText() throws Exception {
        Set<String> regions = new java.util.HashSet<>();
        new ContentLoader().load(CONTENT).regions().forEach(r -> regions.add(r.id()));
        for (String view : List.of("front", "back")) {
            List<String> strings = new ArrayList<>();
            strings(read(ContentSource.classpath("assets/figure"), view + ".json"), strings);
            for (String s : strings) {
                assertTrue(PATH_DATA.matcher(s).matches() || regions.contains(s), view + ".json holds text: " + s);
            }
        }
        JsonNode body = read(ContentSource.classpath("assets/pictures"), "body.json");
        List<String> strings = new ArrayList<>();
        strings(body, strings);
        assertEquals(List.of(body.get("about").asText()), strings, "body.json's only text is its note for developers");
    }

    private static com.bodymap.model.check.Threshold withText(com.bodymap.model.check.Threshold t, String explanation) {
        return new com.bodymap.model.check.Threshold(t.value(), t.scale(), t.rule(), t.basis(), t.sources(), explanation);
    }

    private static List<TextFields> filesIn(String folder) {
        return switch (folder) {
            case "assets/content" -> TextFields.CONTENT;
            case "assets/checks" -> List.of(TextFields.CHECKS);
            default -> List.of(TextFields.POSES);
        };
    }

    private static void compareText(TextFields fields, JsonNode en, JsonNode de, String pattern, String at, List<String> out) {
        if (en.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                compareText(fields, f.getValue(), de.get(f.getKey()), fields.field(pattern, f.getKey()), at + "." + f.getKey(), out);
            }
        } else if (en.isArray() && !fields.isAddedList(pattern)) {
            for (int i = 0; i < en.size(); i++) {
                compareText(fields, en.get(i), de.get(i), pattern + "[]", at + "[" + i + "]", out);
            }
        } else if (fields.isText(pattern) && en.isTextual() && en.asText().equals(de.asText())
                && !SAME_IN_GERMAN.contains(en.asText()) && !(fields == TextFields.SOURCES && pattern.equals("[].title"))) {
            out.add(at + ": " + en.asText());
        }
    }

    /** The tree with every text field emptied and added lists cut to the English length. */
    private static JsonNode withoutText(TextFields fields, JsonNode node, String pattern) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String p = fields.field(pattern, name);
                if (fields.isText(p)) {
                    o.put(name, o.get(name).isNull() ? null : "");
                } else if (fields.isAddedList(p)) {
                    o.putArray(name);
                } else {
                    withoutText(fields, o.get(name), p);
                }
            }
        } else if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            for (int i = 0; i < a.size(); i++) {
                if (fields.isText(pattern + "[]")) {
                    a.set(i, JSON.getNodeFactory().textNode(""));
                } else {
                    withoutText(fields, a.get(i), pattern + "[]");
                }
            }
        }
        return node;
    }

    private static JsonNode read(ContentSource source, String name) throws IOException {
        try (InputStream in = source.open(name)) {
            return JSON.readTree(in);
        }
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> strings(child, out));
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode n : array) {
            if (n.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> ids(List<Region> regions) {
        return regions.stream().map(Region::id).toList();
    }

    private static String lines(List<ContentProblem> problems) {
        return String.join("\n", problems.stream().map(ContentProblem::toString).toList());
    }
}
