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
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the four content files with Jackson and validates them together. Every problem in every
 * file is collected, so a clinic editing its own content sees the whole list at once.
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

    public ContentRepository load(ContentSource source) throws ContentException {
        List<ContentProblem> problems = new ArrayList<>();
        List<Region> regions = read(source, REGIONS, new TypeReference<List<Region>>() { }, problems);
        List<Technique> techniques = read(source, TECHNIQUES, new TypeReference<List<Technique>>() { }, problems);
        List<Source> sources = read(source, SOURCES, new TypeReference<List<Source>>() { }, problems);
        SafetyGuide safety = read(source, SAFETY, new TypeReference<SafetyGuide>() { }, problems);
        if (problems.isEmpty()) {
            new ContentValidator(regions, techniques, sources, safety).validate().forEach(p ->
                    problems.add(new ContentProblem(source.describe(p.file()), p.location(), p.message())));
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new ContentRepository(regions, techniques, sources, safety);
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
