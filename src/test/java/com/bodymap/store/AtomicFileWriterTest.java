package com.bodymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheFileAndKeepsThePreviousVersionAsABackup() throws IOException {
        Path target = dir.resolve("results.json");
        AtomicFileWriter writer = new AtomicFileWriter();
        writer.write(target, bytes("first"));
        assertEquals(List.of("results.json"), names(), "no backup before there is anything to back up");
        writer.write(target, bytes("second"));
        assertEquals("second", Files.readString(target));
        assertEquals("first", Files.readString(dir.resolve("results.json.bak")));
        assertEquals(List.of("results.json", "results.json.bak"), names(), "no temporary files left behind");
    }

    @Test
    void aFailureHalfwayThroughLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("results.json");
        new AtomicFileWriter().write(target, bytes("the old results, complete"));
        byte[] next = bytes("the new results, which the disk will not take in full");
        AtomicFileWriter failing = new AtomicFileWriter(out -> new FailingStream(out, next.length / 2));

        IOException e = assertThrows(IOException.class, () -> failing.write(target, next));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("the old results, complete", Files.readString(target));
        assertEquals(List.of("results.json"), names());
    }

    @Test
    void createsTheFolderOnFirstSave() throws IOException {
        Path target = dir.resolve("not/yet/there/results.json");
        new AtomicFileWriter().write(target, bytes("x"));
        assertEquals("x", Files.readString(target));
        assertFalse(Files.exists(AtomicFileWriter.backupOf(target)));
    }
}
