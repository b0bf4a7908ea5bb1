package com.bodymap.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.bodymap.store.StoreException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class WriteProblemTest {
    private static final com.bodymap.i18n.ErrorWording WORDS = new com.bodymap.i18n.ErrorWording(com.bodymap.i18n.Messages.english());
    @TempDir
    Path dir;

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFullDiskIsNoSpaceLeft() {
        // /dev/full fails every write with the operating system's own "no space left on device".
        IOException full = assertThrows(IOException.class, () -> {
            try (FileOutputStream out = new FileOutputStream("/dev/full")) {
                out.write(new byte[16]);
                out.flush();
            }
        });
        assertEquals("no space left on the disk", WORDS.reason(new StoreException("Could not save", full)));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNotAFolder() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("data"), "x");
        IOException e = assertThrows(IOException.class,
                () -> new AtomicFileWriter().writeKeepingBackup(notAFolder.resolve("results.json"), new byte[1]));
        assertEquals("not a folder: something on the way there is a file, where a folder should be",
                WORDS.reason(e));
    }

    @Test
    void permissionDeniedInPlainWords() {
        assertEquals("permission denied: Body Map may not write there",
                WORDS.reason(new StoreException("x", new AccessDeniedException("/data/results.json"))));
    }

    @Test
    void anUnknownProblemKeepsTheSystemsWords() {
        assertEquals("Input/output error", WORDS.reason(new IOException("Input/output error")));
        assertEquals("the file was written by a newer version",
                WORDS.reason(new StoreException("the file was written by a newer version")));
    }

    @Test
    void theReasonIsAKindTheWindowWordsInItsLanguage() {
        assertEquals(WriteProblem.Kind.PERMISSION, WriteProblem.of(new AccessDeniedException("/x")).kind());
        assertEquals("Zugriff verweigert: Body Map darf dort nicht schreiben",
                new com.bodymap.i18n.ErrorWording(com.bodymap.i18n.Messages.of(java.util.Locale.GERMAN))
                        .reason(new AccessDeniedException("/x")));
    }
}
