package com.bodymap.content;

import com.bodymap.model.Region;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import com.bodymap.model.Technique;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
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

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

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
                problems.add(new ContentProblem(source.describe(name), null, "the file is empty"));
            }
            return value;
        } catch (NoSuchFileException e) {
            problems.add(new ContentProblem(source.describe(name), null, "the file is missing"));
        } catch (JsonProcessingException e) {
            problems.add(new ContentProblem(source.describe(name), where(e), whatIsWrong(e)));
        } catch (IOException e) {
            problems.add(new ContentProblem(source.describe(name), null, "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    private static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String line = loc == null || loc.getLineNr() < 0 ? null
                : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String path = e instanceof JsonMappingException m ? jsonPath(m) : null;
        if (line != null && path != null && !path.equals("$")) {
            return line + " (" + path + ")";
        }
        return line != null ? line : path;
    }

    /** Turns Jackson's reference chain into a JSON path such as $[3].dose.seconds. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                b.append('.').append(ref.getFieldName());
            }
        }
        return b.toString();
    }

    private static String whatIsWrong(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
            StreamReadException read = e instanceof StreamReadException r ? r : (StreamReadException) e.getCause();
            return "malformed JSON: " + read.getOriginalMessage();
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException iae && iae.getMessage() != null) {
            return iae.getMessage();
        }
        String msg = e.getOriginalMessage();
        return msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
    }
}
