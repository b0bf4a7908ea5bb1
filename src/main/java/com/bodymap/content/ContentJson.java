package com.bodymap.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson set-up for every content, figure and checks file: strict (unknown fields,
 * duplicate keys, nulls inside lists, fractions where whole numbers go, numbers or words in quotes
 * where numbers or true/false go, and anything after the data
 * are refused) and bounded (file size, nesting, text and number lengths), so no file, however
 * broken or hostile, can make reading it hang or take unbounded memory.
 */
public final class ContentJson {
    /** The largest content file read; the bundled ones are under 100 KB. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    static final int MAX_NESTING = 64;
    static final int MAX_TEXT_CHARS = 200_000;
    static final int MAX_NAME_CHARS = 1_000;
    static final int MAX_NUMBER_CHARS = 40;
    static final long MAX_TOKENS = 2_000_000;

    private ContentJson() {
    }

    /** A strict, bounded mapper; {@code nullPrimitives} says whether null may stand for a missing number. */
    public static JsonMapper mapper(boolean nullPrimitives) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_FILE_BYTES)
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_TEXT_CHARS)
                        .maxNameLength(MAX_NAME_CHARS)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, !nullPrimitives)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .build();
    }
}
