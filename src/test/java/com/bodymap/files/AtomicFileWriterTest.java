package com.bodymap.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    private final AtomicFileWriter writer = new AtomicFileWriter();

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
    void replacesAFileWholeWithoutABackupUnlessAskedFor() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        Files.writeString(target, "old");
        writer.write(target, bytes("new content"));
        assertEquals("new content", Files.readString(target));
        assertEquals(List.of("sheet.pdf"), names());
    }

    @Test
    void keepsThePreviousVersionAsABackupWhenAsked() throws IOException {
        Path target = dir.resolve("results.json");
        writer.writeKeepingBackup(target, bytes("first"));
        assertEquals(List.of("results.json"), names(), "no backup before there is anything to back up");
        writer.writeKeepingBackup(target, bytes("second"));
        assertEquals("second", Files.readString(target));
        assertEquals("first", Files.readString(dir.resolve("results.json.bak")));
        assertEquals(List.of("results.json", "results.json.bak"), names(), "no temporary files left behind");
    }

    @Test
    void aFailureHalfwayThroughLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("results.json");
        writer.writeKeepingBackup(target, bytes("the old results, complete"));
        byte[] next = bytes("the new results, which the disk will not take in full");
        AtomicFileWriter failing = new AtomicFileWriter(out -> new FailingStream(out, next.length / 2));

        IOException e = assertThrows(IOException.class, () -> failing.writeKeepingBackup(target, next));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("the old results, complete", Files.readString(target));
        assertEquals(List.of("results.json", "results.json.bak"), names());
    }

    @Test
    void aBodyThatFailsLeavesTheOldFileAndNoLitter() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> writer.write(target, out -> {
            out.write(bytes("half a PDF"));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("sheet.pdf"), names());
    }

    @Test
    void createsTheFolderOnFirstSaveOnlyWhenKeepingABackup() throws IOException {
        Path target = dir.resolve("not/yet/there/results.json");
        writer.writeKeepingBackup(target, bytes("x"));
        assertEquals("x", Files.readString(target));
        assertFalse(Files.exists(AtomicFileWriter.backupOf(target)));

        Path chosen = dir.resolve("no-such-folder").resolve("sheet.pdf");
        IOException e = assertThrows(IOException.class, () -> writer.write(chosen, bytes("x")));
        String message = AtomicFileWriter.explain(e, chosen);
        assertTrue(message.contains("does not exist"), message);
        assertTrue(message.startsWith("Cannot write " + chosen), message);
    }

    @Test
    void aFolderIsNotOverwritten() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken.pdf"));
        IOException e = assertThrows(IOException.class, () -> writer.write(folder, bytes("x")));
        assertTrue(AtomicFileWriter.explain(e, folder).contains("is a folder"));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aSavedFileGetsTheUsualPermissionsNotATempFilesPrivateOnes() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        writer.write(target, bytes("x"));
        Path usual = Files.write(dir.resolve("usual.txt"), new byte[] {1});
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target));
        }
    }
}
