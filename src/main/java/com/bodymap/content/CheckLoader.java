package com.bodymap.content;

import com.bodymap.model.check.CheckCatalog;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final ObjectMapper mapper = ContentJson.mapper(true);

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
        try (InputStream bounded = ContentFiles.bounded(in)) {
            catalog = mapper.readValue(bounded, CheckCatalog.class);
        } catch (IOException e) {
            throw new ContentException(List.of(JsonProblems.of(name, e)));
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
}
