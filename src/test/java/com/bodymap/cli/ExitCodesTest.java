package com.bodymap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.bodymap.content.ContentFixtures;
import com.bodymap.files.ErrorLog;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exit code the README promises, case by case, and the --out rules (issue 13, defect 7):
 * only an ordinary file is written, a read-only one needs --force, and a bug is one line.
 */
class ExitCodesTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), ErrorLog.inFolder(dir)).run(args).orElse(-1);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path content(String fixture) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(fixture));
        return ContentFixtures.folder(folder, fixture);
    }

    @Test
    void doneIsZero() throws Exception {
        assertEquals(0, run("--help"));
        assertEquals(0, run("--validate-content", content("valid").toString()));
        assertEquals(0, run("--content", content("valid").toString(), "--list-sources"));
    }

    @Test
    void brokenContentIsOne() throws Exception {
        assertEquals(1, run("--validate-content", content("missing-reference").toString()));
        assertEquals(1, run("--content", content("malformed").toString(), "--list-regions"));
        Path nulls = content("valid");
        Files.writeString(nulls.resolve("regions.json"), "[null]");
        assertEquals(1, run("--validate-content", nulls.toString()));
        assertTrue(err().contains("regions.json at line 1, column 2 ($[0]): null is not allowed here"), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void usageErrorsAreTwo() throws Exception {
        assertEquals(2, run("--frobnicate"));
        assertEquals(2, run("--list-regions", "--list-sources"));
        assertEquals(2, run("--validate-content"));
        assertEquals(2, run("--validate-content", dir.resolve("none").toString()));
        assertEquals(2, run("--content", dir.resolve("none").toString(), "--list-regions"));
        assertTrue(err().contains("the content folder " + dir.resolve("none") + " does not exist"), err());
        Files.writeString(dir.resolve("file.txt"), "x");
        assertEquals(2, run("--content", dir.resolve("file.txt").toString(), "--list-techniques"));
        assertTrue(err().contains("is not a folder"), err());
        assertEquals(2, run("--content", dir.resolve("none").toString(), "--export-sheet", "all", "--out", "x.pdf"));
        assertEquals(2, run("--list-regions", "--force"));
        assertEquals(2, run("--export-sheet", "all"));
    }

    @Test
    void anUnknownIdOrPaperIsTwoAndAnUnwritableFileThree() {
        assumeBundled();
        assertEquals(2, run("--export-sheet", "no-such-id", "--out", dir.resolve("a.pdf").toString()));
        assertEquals(2, run("--export-sheet", "glutes-roll", "--out", dir.resolve("a.pdf").toString(), "--paper", "a5"));
        assertEquals(3, run("--export-sheet", "glutes-roll", "--out", dir.resolve("no/such/folder.pdf").toString()));
        assertEquals(3, run("--export-sheet", "glutes-roll", "--out", dir.toString()));
        assertTrue(err().contains("is a folder"), err());
    }

    @Test
    void aSymbolicLinkIsNeitherReplacedNorFollowed() throws Exception {
        assumeBundled();
        Path real = Files.writeString(dir.resolve("real.pdf"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), real);
        assertEquals(3, run("--export-sheet", "glutes-roll", "--out", link.toString(), "--force"));
        assertTrue(err().contains("symbolic link"), err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep me", Files.readString(real));
        Path toDevice = Files.createSymbolicLink(dir.resolve("null.pdf"), Path.of("/dev/null"));
        assertEquals(3, run("--export-sheet", "glutes-roll", "--out", toDevice.toString()));
        assertTrue(Files.isSymbolicLink(toDevice));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPipeIsNotReplaced() throws Exception {
        assumeBundled();
        Path pipe = dir.resolve("pipe.pdf");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "no mkfifo here");
        assertEquals(3, run("--export-sheet", "glutes-roll", "--out", pipe.toString(), "--force"));
        assertTrue(err().contains("not an ordinary file"), err());
        assertFalse(Files.isRegularFile(pipe));
        assertTrue(Files.exists(pipe));
    }

    @Test
    void aReadOnlyFileNeedsForce() throws Exception {
        assumeBundled();
        Path pdf = Files.writeString(dir.resolve("old.pdf"), "old");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(3, run("--export-sheet", "glutes-roll", "--out", pdf.toString()));
        assertTrue(err().contains("read-only; add --force to replace it"), err());
        assertEquals("old", Files.readString(pdf));
        assertEquals(0, run("--export-sheet", "glutes-roll", "--out", pdf.toString(), "--force"), err());
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(Files.readAllBytes(pdf), 4));
    }

    @Test
    void anInternalErrorIsFourWithOneLinePointingToTheDetails() throws Exception {
        PrintStream failing = new PrintStream(OutputStream.nullOutputStream()) {
            @Override
            public void print(String s) {
                throw new IllegalStateException("a bug");
            }
        };
        int code = new CommandLine(failing, new PrintStream(err, true, StandardCharsets.UTF_8), ErrorLog.inFolder(dir))
                .run(new String[] {"--help"}).getAsInt();
        assertEquals(CommandLine.INTERNAL_ERROR, code);
        assertEquals(4, code);
        List<String> lines = err().lines().toList();
        assertEquals(1, lines.size(), err());
        assertTrue(lines.get(0).startsWith("body-map: internal error (IllegalStateException"), lines.get(0));
        assertFalse(lines.get(0).contains("\tat "), lines.get(0));
        Path details = Path.of(lines.get(0).substring(lines.get(0).indexOf("details are in ") + "details are in ".length()));
        assertTrue(Files.readString(details).contains("a bug"), "the details file holds the trace");
    }

    @Test
    void escapeCodesFromContentNeverReachTheTerminal() throws Exception {
        Path folder = content("valid");
        String regions = Files.readString(folder.resolve("regions.json"));
        Files.writeString(folder.resolve("regions.json"),
                regions.replaceFirst("\"aliases\"", "\"\\\\u001b]0;owned\\\\u0007\\\\u001b[2J\": 1, \"aliases\""));
        assertEquals(1, run("--validate-content", folder.toString()));
        assertFalse(err().chars().anyMatch(c -> c == 0x1b || c == 0x07), err());
        assertTrue(err().contains("\\u001B]0;owned\\u0007"), err());
        assertEquals("a\\u001B[2Jb \\u202E c\nd", TerminalText.clean("a\u001b[2Jb \u202e c\nd"));
    }

    @Test
    void listingsEscapeControlAndDirectionCharacters() throws Exception {
        Path folder = content("valid");
        String sources = Files.readString(folder.resolve("sources.json"));
        Files.writeString(folder.resolve("sources.json"), sources.replace("\"A gym\"", "\"A \\u202egym\\u009b\""));
        assertEquals(0, run("--content", folder.toString(), "--list-sources"), err());
        String listing = out.toString(StandardCharsets.UTF_8);
        assertFalse(listing.chars().anyMatch(c -> c == 0x202e || c == 0x9b), listing);
    }

    private static void assumeBundled() {
        assumeTrue(ExitCodesTest.class.getResource("/assets/figure/front.json") != null, "no bundled figure yet");
    }
}
