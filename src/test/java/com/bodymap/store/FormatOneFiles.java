package com.bodymap.store;

import com.bodymap.model.check.ComparisonRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes results files the way Body Map did up to format 1: one pretty-printed JSON document. */
final class FormatOneFiles {
    /** The mapper exactly as the format-1 store configured it. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    record ResultsDocument(int format, List<ComparisonRun> runs) {
    }

    private FormatOneFiles() {
    }

    static void write(Path file, List<ComparisonRun> runs) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, MAPPER.writeValueAsBytes(new ResultsDocument(1, runs)));
    }
}
