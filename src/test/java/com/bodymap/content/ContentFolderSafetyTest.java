package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content files must be ordinary files inside their folder (issue 13, defect 6): a named pipe
 * would block the reader forever, and a link could read any file on the machine.
 */
class ContentFolderSafetyTest {
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private ContentProblem onlyProblem() {
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(ContentSource.folder(dir)));
        PlainMessages.assertPlain(e.problems());
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    /** The safety net: without the check, opening the pipe blocks and this test times out. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
        ContentFixtures.folder(dir, "valid");
        Files.delete(dir.resolve("regions.json"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("regions.json").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        ContentProblem p = onlyProblem();
        assertTrue(p.file().endsWith("regions.json"), p.toString());
        assertTrue(p.message().contains("not an ordinary file"), p.message());
    }

    @Test
    void aLinkOutOfTheFolderIsNotFollowed() throws Exception {
        ContentFixtures.folder(dir, "valid");
        ContentFixtures.folder(elsewhere, "valid");
        Files.delete(dir.resolve("sources.json"));
        Files.createSymbolicLink(dir.resolve("sources.json"), elsewhere.resolve("sources.json"));
        ContentProblem p = onlyProblem();
        assertTrue(p.message().contains("outside the content folder"), p.message());
    }

    @Test
    void aLinkToADeviceIsRefused() throws Exception {
        ContentFixtures.folder(dir, "valid");
        Files.delete(dir.resolve("safety.json"));
        Files.createSymbolicLink(dir.resolve("safety.json"), Path.of("/dev/zero"));
        assertTrue(onlyProblem().message().contains("outside the content folder"));
    }

    @Test
    void aLinkWithinTheFolderIsRead() throws Exception {
        ContentFixtures.folder(dir, "valid");
        Files.move(dir.resolve("techniques.json"), dir.resolve("cards.json"));
        Files.createSymbolicLink(dir.resolve("techniques.json"), Path.of("cards.json"));
        assertEquals(2, new ContentLoader().load(ContentSource.folder(dir)).techniques().size());
    }

    @Test
    void aFolderOrADanglingLinkInPlaceOfAFileIsNamed() throws Exception {
        ContentFixtures.folder(dir, "valid");
        Files.delete(dir.resolve("regions.json"));
        Files.createDirectory(dir.resolve("regions.json"));
        assertTrue(onlyProblem().message().contains("is a folder"));
        Files.delete(dir.resolve("regions.json"));
        Files.createSymbolicLink(dir.resolve("regions.json"), dir.resolve("gone.json"));
        assertEquals("the file is missing", onlyProblem().message());
    }

    @Test
    void everyFileIsCheckedNotJustTheFirst() throws Exception {
        ContentFixtures.folder(dir, "valid");
        for (String name : List.of("regions.json", "safety.json")) {
            Files.delete(dir.resolve(name));
            Files.createSymbolicLink(dir.resolve(name), elsewhere);
        }
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(ContentSource.folder(dir)));
        assertEquals(2, e.problems().size(), e.problems().toString());
    }
}
