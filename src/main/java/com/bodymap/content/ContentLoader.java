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

    private final ObjectMapper mapper = ContentJson.mapper(false);

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
