package com.bodymap.picture;

import com.bodymap.content.ContentException;
import com.bodymap.content.ContentProblem;
import com.bodymap.content.ContentSource;
import com.bodymap.content.TextFields;
import com.bodymap.content.TranslationFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Reads the figure's proportions and the poses from {@code assets/pictures/} on the classpath. */
public final class PictureLoader {
    public static final String BODY = "body.json";
    public static final String POSES = "poses.json";
    private static final ContentSource BUNDLED = ContentSource.classpath("assets/pictures");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public BodyPlan body() {
        return read(BODY, BodyPlan.class);
    }

    public PictureBook poses() {
        return read(POSES, PictureBook.class);
    }

    /**
     * The poses with their captions and text alternatives in the locale's language, where
     * {@code assets/pictures/de/poses.json} (say) has them; English wherever it is silent.
     */
    public PictureBook poses(Locale locale) {
        JsonNode merged;
        try {
            merged = TranslationFiles.translated(mapper, BUNDLED, TextFields.POSES, locale);
        } catch (ContentException e) {
            throw new IllegalStateException(e.problems().get(0).toString(), e);
        }
        if (merged == null) {
            return poses();
        }
        try {
            return mapper.treeToValue(merged, PictureBook.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assets/pictures/" + POSES + " with its translation: " + e.getOriginalMessage(), e);
        }
    }

    /** What a language's captions and text alternatives lack or get wrong; empty when complete. */
    public List<ContentProblem> translationNotes(String language) {
        return TranslationFiles.notes(mapper, BUNDLED, language, TextFields.POSES);
    }

    private <T> T read(String name, Class<T> type) {
        String path = "/assets/pictures/" + name;
        try (InputStream in = PictureLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("assets/pictures/" + name + " is missing from the build");
            }
            return mapper.readValue(in, type);
        } catch (JsonMappingException e) {
            throw new IllegalStateException("assets/pictures/" + name + ", " + where(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assets/pictures/" + name + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("assets/pictures/" + name + " cannot be read", e);
        }
    }

    private static String where(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        if (e.getLocation() != null) {
            b.append("line ").append(e.getLocation().getLineNr());
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            }
        }
        return b.append(" (").append(path).append(')').toString();
    }
}
