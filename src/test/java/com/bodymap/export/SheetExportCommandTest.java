package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.files.AtomicFileWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetExportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final SheetExportCommand command = new SheetExportCommand(
            new SheetComposer(SheetFixtures.content(), SheetFixtures.figures()),
            new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter()),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void writesTheSheetsForSeveralIdsAsOnePdf() throws Exception {
        Path target = dir.resolve("s.pdf");
        assertEquals(0, command.run("glute-roll, lumbar-spine", target, PaperSize.LETTER));
        try (PdfReadBack back = new PdfReadBack(Files.readAllBytes(target))) {
            assertTrue(back.flatText().contains("Glute roll") && back.flatText().contains("Region page"));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Wrote " + back.pages() + " pages (Letter) to " + target));
        }
    }

    @Test
    void anUnknownIdExitsWithTwoNamingItAndWritesNothing() {
        Path target = dir.resolve("s.pdf");
        assertEquals(2, command.run("glutes,shoulder-blade", target, PaperSize.A4));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'shoulder-blade'"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(target));
    }

    @Test
    void noIdsAtAllIsAnError() {
        assertEquals(2, command.run(" , ", dir.resolve("s.pdf"), PaperSize.A4));
    }

    @Test
    void anUnwritablePathIsExplainedAndAnExistingFileKept() throws Exception {
        Path target = dir.resolve("missing-folder").resolve("s.pdf");
        assertEquals(3, command.run("all", target, PaperSize.A4));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Cannot write " + target), err.toString(StandardCharsets.UTF_8));

        Path folder = Files.createDirectory(dir.resolve("folder.pdf"));
        assertEquals(3, command.run("all", folder, PaperSize.A4));
        assertTrue(Files.isDirectory(folder));
    }
}
