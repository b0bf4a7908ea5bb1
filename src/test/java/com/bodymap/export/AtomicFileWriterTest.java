package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void replacesAFileWhole() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        Files.writeString(target, "old");
        writer.write(target, out -> out.write("new content".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new content", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoLitter() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> writer.write(target, out -> {
            out.write("half a PDF".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aMissingFolderIsExplained() {
        Path target = dir.resolve("no-such-folder").resolve("sheet.pdf");
        IOException e = assertThrows(IOException.class, () -> writer.write(target, out -> out.write(1)));
        String message = AtomicFileWriter.explain(e, target);
        assertTrue(message.contains("does not exist"), message);
        assertTrue(message.startsWith("Cannot write " + target), message);
    }

    @Test
    void aFolderIsNotOverwritten() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken.pdf"));
        IOException e = assertThrows(IOException.class, () -> writer.write(folder, out -> out.write(1)));
        assertTrue(AtomicFileWriter.explain(e, folder).contains("is a folder"));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aSavedFileGetsTheUsualPermissionsNotATempFilesPrivateOnes() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        writer.write(target, out -> out.write(1));
        Path usual = Files.write(dir.resolve("usual.txt"), new byte[] {1});
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target));
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
