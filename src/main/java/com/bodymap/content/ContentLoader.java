package com.bodymap.content;

import com.bodymap.model.Region;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import com.bodymap.model.Technique;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the four content files with Jackson and validates them together. Every problem in every
 * file is collected, so a clinic editing its own content sees the whole list at once. A language's
 * translation is laid over the English files before they become records ({@link JsonOverlay}).
 */
public final class ContentLoader {
    public static final String REGIONS = "regions.json";
    public static final String TECHNIQUES = "techniques.json";
    public static final String SOURCES = "sources.json";
    public static final String SAFETY = "safety.json";

    private final ObjectMapper mapper = ContentJson.mapper(false);

    /** The content in English. */
    public ContentRepository load(ContentSource source) throws ContentException {
        return load(source, Locale.ENGLISH);
    }

    /**
     * The content in the locale's language where the source has a translation of it (a
     * subfolder such as {@code de/}), English for whatever the translation lacks, and English
     * alone where there is none. A translation that is not readable JSON is a problem like a
     * broken English file; gaps in a readable one are not ({@link #translationNotes} lists them).
     */
    public ContentRepository load(ContentSource source, Locale locale) throws ContentException {
        List<ContentProblem> problems = new ArrayList<>();
        List<Region> regions = read(source, TextFields.REGIONS, new TypeReference<List<Region>>() { }, locale, problems);
        List<Technique> techniques = read(source, TextFields.TECHNIQUES, new TypeReference<List<Technique>>() { }, locale, problems);
        List<Source> sources = read(source, TextFields.SOURCES, new TypeReference<List<Source>>() { }, locale, problems);
        SafetyGuide safety = read(source, TextFields.SAFETY, new TypeReference<SafetyGuide>() { }, locale, problems);
        if (problems.isEmpty()) {
            // In a language, a problem is named in that language's file, where its text came from.
            new ContentValidator(regions, techniques, sources, safety).validate().forEach(p -> {
                String folder = TranslationFiles.folderFor(source, locale, p.file());
                String file = folder == null ? p.file() : folder + "/" + p.file();
                problems.add(new ContentProblem(source.describe(file), p.location(), p.message()));
            });
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        String folder = TranslationFiles.folderFor(source, locale, REGIONS);
        return new ContentRepository(regions, techniques, sources, safety,
                folder == null ? Locale.ENGLISH : Locale.forLanguageTag(folder));
    }

    /**
     * Everything a language's translation lacks or gets wrong, file by file, naming the
     * translation file and the JSON path in it: missing files, entries and text (shown in
     * English), non-text fields that differ from the English (ignored), entries and fields the
     * English does not have (ignored). Empty for a complete translation.
     */
    public List<ContentProblem> translationNotes(ContentSource source, String language) {
        List<ContentProblem> notes = new ArrayList<>();
        for (TextFields fields : TextFields.CONTENT) {
            notes.addAll(TranslationFiles.notes(mapper, source, language, fields));
        }
        return notes;
    }

    private <T> T read(ContentSource source, TextFields fields, TypeReference<T> type, Locale locale,
                       List<ContentProblem> problems) {
        T english = read(source, fields.file(), type, problems);
        String folder = english == null ? null : TranslationFiles.folderFor(source, locale, fields.file());
        if (folder == null) {
            return english;
        }
        try {
            JsonNode merged = TranslationFiles.overlay(mapper, source, folder, fields).merged();
            return mapper.readerFor(type).readValue(merged);
        } catch (ContentException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            // The merged tree has the English file's shape, which has just been read: not expected.
            problems.add(new ContentProblem(source.describe(folder + "/" + fields.file()), null,
                    "cannot be laid over the English: " + e.getMessage()));
        }
        return null;
    }

    private <T> T read(ContentSource source, String name, TypeReference<T> type, List<ContentProblem> problems) {
        try (InputStream in = source.open(name)) {
            T value = mapper.readValue(in, type);
            if (value == null) {
                problems.add(new ContentProblem(source.describe(name), null, "the file holds only null, no data"));
            } else if (value instanceof List<?> list && list.contains(null)) {
                problems.add(new ContentProblem(source.describe(name), "$[" + list.indexOf(null) + "]",
                        "null is not allowed here: give a value, or leave the entry out"));
                return null;
            }
            return value;
        } catch (IOException e) {
            problems.add(JsonProblems.of(source.describe(name), e));
        }
        return null;
    }

    /** Turns Jackson's reference chain into a JSON path such as $[3].dose.seconds. */
    static String jsonPath(JsonMappingException e) {
        return JsonProblems.jsonPath(e);
    }
}
