package com.bodymap.content;

import com.bodymap.model.check.CheckCatalog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Reads the left/right checks from {@code assets/checks/checks.json} and validates them. Every
 * problem names the file and a JSON path such as {@code $.checks[2].threshold.value}.
 */
public final class CheckLoader {
    public static final String BUNDLED = "assets/checks/checks.json";
    private static final ContentSource BUNDLED_FOLDER = ContentSource.classpath("assets/checks");

    // Nulls for primitives are allowed on purpose: a check that leaves out percentApplies has no percentage.
    private final ObjectMapper mapper = ContentJson.mapper(true);

    public CheckCatalog loadBundled() throws ContentException {
        InputStream in = CheckLoader.class.getResourceAsStream("/" + BUNDLED);
        if (in == null) {
            throw new ContentException(List.of(new ContentProblem(BUNDLED, null, "the file is missing from the build")));
        }
        return load(in, BUNDLED);
    }

    /**
     * The bundled checks in the locale's language: its translation ({@code assets/checks/de/checks.json})
     * laid over the English, English wherever it is silent, English alone where there is none.
     */
    public CheckCatalog loadBundled(Locale locale) throws ContentException {
        CheckCatalog english = loadBundled(); // the English must hold on its own before a translation is laid over it
        String folder = TranslationFiles.folderFor(BUNDLED_FOLDER, locale, TextFields.CHECKS.file());
        if (folder == null) {
            return english;
        }
        JsonNode merged = TranslationFiles.overlay(mapper, BUNDLED_FOLDER, folder, TextFields.CHECKS).merged();
        String name = BUNDLED_FOLDER.describe(folder + "/" + TextFields.CHECKS.file());
        try {
            return load(new ByteArrayInputStream(mapper.writeValueAsBytes(merged)), name);
        } catch (JsonProcessingException e) {
            throw new ContentException(List.of(new ContentProblem(name, null, "cannot be laid over the English: " + e.getOriginalMessage())));
        }
    }

    /** What a language's translation of the bundled checks lacks or gets wrong; empty when complete. */
    public List<ContentProblem> translationNotes(String language) {
        return TranslationFiles.notes(mapper, BUNDLED_FOLDER, language, TextFields.CHECKS);
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
