package com.bodymap.content;

import com.bodymap.model.check.CheckCatalog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads the left/right checks from {@code assets/checks/checks.json} and validates them. Every
 * problem names the file and a JSON path such as {@code $.checks[2].threshold.value}.
 */
public final class CheckLoader {
    public static final String BUNDLED = "assets/checks/checks.json";

    // Nulls for primitives are allowed on purpose: a check that leaves out percentApplies has no percentage.
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public CheckCatalog loadBundled() throws ContentException {
        InputStream in = CheckLoader.class.getResourceAsStream("/" + BUNDLED);
        if (in == null) {
            throw new ContentException(List.of(new ContentProblem(BUNDLED, null, "the file is missing from the build")));
        }
        return load(in, BUNDLED);
    }

    /** Reads and validates a checks file; {@code name} is how messages refer to it. */
    public CheckCatalog load(InputStream in, String name) throws ContentException {
        CheckCatalog catalog;
        try (in) {
            catalog = mapper.readValue(in, CheckCatalog.class);
        } catch (JsonProcessingException e) {
            throw new ContentException(List.of(new ContentProblem(name, where(e), whatIsWrong(e))));
        } catch (IOException e) {
            throw new ContentException(List.of(new ContentProblem(name, null, "cannot be read: " + e.getMessage())));
        }
        if (catalog == null) {
            throw new ContentException(List.of(new ContentProblem(name, null, "the file is empty")));
        }
        List<ContentProblem> problems = new CheckValidator(name, catalog).validate();
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return catalog;
    }

    /**
     * Region, technique card and source ids the checks name but the content lacks. The app shows a
     * missing card by its id rather than refusing to start; a test keeps the bundled files in step.
     */
    public static List<ContentProblem> missingReferences(CheckCatalog catalog, ContentRepository content) {
        return CheckValidator.missingReferences(BUNDLED, catalog, content);
    }

    private static String where(JsonProcessingException e) {
        String line = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? null
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String path = e instanceof JsonMappingException m ? ContentLoader.jsonPath(m) : null;
        if (line != null && path != null && !path.equals("$")) {
            return line + " (" + path + ")";
        }
        return line != null ? line : path;
    }

    private static String whatIsWrong(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (!(e instanceof JsonMappingException)) {
            return "malformed JSON: " + e.getOriginalMessage();
        }
        if (e.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null) {
            return iae.getMessage();
        }
        String msg = e.getOriginalMessage();
        return msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
    }
}
