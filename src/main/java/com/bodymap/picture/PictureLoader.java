package com.bodymap.picture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the figure's proportions and the poses from {@code assets/pictures/} on the classpath. */
public final class PictureLoader {
    public static final String BODY = "body.json";
    public static final String POSES = "poses.json";

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
