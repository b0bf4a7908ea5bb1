package com.bodymap.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.export.PaperSize;
import com.bodymap.export.SheetComposer;
import com.bodymap.export.SheetDocument;
import com.bodymap.export.SheetFixtures;
import com.bodymap.export.SheetPdf;
import com.bodymap.ui.common.RecordingDialogs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's view-model with a fake printer and dialogs. Commands are called on the JavaFX
 * thread, as the view calls them; the test then waits for the background work to settle.
 */
class SheetPreviewViewModelTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakePrinter printer = new FakePrinter();
    private final SheetPdf pdf = new SheetPdf(Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneId.of("UTC")), new AtomicFileWriter());
    private SheetPreviewViewModel model;

    @TempDir
    Path dir;

    @BeforeEach
    void model() throws Exception {
        SheetDocument doc = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures())
                .forIds(List.of("lumbar-spine" + SheetComposer.WITH_CARDS));
        model = new SheetPreviewViewModel(doc, PaperSize.A4, pdf, new AtomicFileWriter(), dialogs, printer, worker);
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    /** Runs a command on the JavaFX thread and waits for everything it started. */
    private void act(FxThread.Body command) throws Exception {
        FxThread.run(command);
        FxThread.settle(worker);
    }

    @Test
    void loadingShowsTheFirstPageAndTheCount() throws Exception {
        assertFalse(model.ready().get());
        act(model::load);
        assertTrue(model.pageCountProperty().get() >= 3, "region page and two cards");
        assertEquals("Page 1 of " + model.pageCountProperty().get(), model.pageLabel().get());
        assertNotNull(model.pageImageProperty().get());
        assertTrue(model.pageImageProperty().get().getHeight() > model.pageImageProperty().get().getWidth(), "portrait");
        assertTrue(model.ready().get());
        assertFalse(model.busyProperty().get());
        assertFalse(model.canGoBack().get());
        assertTrue(model.canGoForward().get());
    }

    @Test
    void pagesCanBeTurnedWithinBounds() throws Exception {
        act(model::load);
        var first = model.pageImageProperty().get();
        act(model::nextPage);
        assertEquals(1, model.pageIndexProperty().get());
        assertTrue(model.pageImageProperty().get() != first, "a new image for the new page");
        act(model::lastPage);
        int last = model.pageCountProperty().get() - 1;
        assertEquals(last, model.pageIndexProperty().get());
        act(model::nextPage);
        assertEquals(last, model.pageIndexProperty().get(), "stays on the last page");
        assertFalse(model.canGoForward().get());
        act(model::firstPage);
        act(model::previousPage);
        assertEquals(0, model.pageIndexProperty().get());
    }

    @Test
    void changingThePaperLaysTheSheetOutAgain() throws Exception {
        act(model::load);
        double a4Ratio = model.pageImageProperty().get().getHeight() / model.pageImageProperty().get().getWidth();
        act(() -> model.setPaper(PaperSize.LETTER));
        double letterRatio = model.pageImageProperty().get().getHeight() / model.pageImageProperty().get().getWidth();
        assertEquals(PaperSize.LETTER, model.paperProperty().get());
        assertEquals(841.89 / 595.28, a4Ratio, 0.01);
        assertEquals(792.0 / 612.0, letterRatio, 0.01);
        assertTrue(model.statusProperty().get().contains("Letter"), model.statusProperty().get());
    }

    @Test
    void savingWritesThePdfAndSaysWhere() throws Exception {
        File target = dir.resolve("lumbar.pdf").toFile();
        dialogs.saveTo = dir.resolve("lumbar").toFile();
        act(model::load);
        act(model::save);
        assertTrue(target.exists(), "the .pdf extension is added");
        try (PDDocument saved = Loader.loadPDF(target)) {
            assertEquals(model.pageCountProperty().get(), saved.getNumberOfPages());
        }
        assertTrue(model.statusProperty().get().startsWith("Saved "), model.statusProperty().get());
        assertEquals("lumbar-spine.pdf", dialogs.suggestedName);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void anUnwritablePathIsReportedAndTheExistingFileKept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("taken.pdf"));
        Path existing = Files.writeString(dir.resolve("keep.pdf"), "old");
        act(model::load);
        dialogs.saveTo = folder.toFile();
        act(model::save);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot save the PDF: Cannot write"), dialogs.errors.get(0));
        assertEquals("Not saved.", model.statusProperty().get());
        assertTrue(model.ready().get(), "the preview goes on");
        dialogs.saveTo = dir.resolve("missing").resolve("x.pdf").toFile();
        act(model::save);
        assertTrue(dialogs.errors.get(1).contains("does not exist"), dialogs.errors.get(1));
        assertEquals("old", Files.readString(existing));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void cancellingTheSaveDialogSavesNothing() throws Exception {
        act(model::load);
        act(model::save);
        assertEquals("Not saved.", model.statusProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void noPrinterIsExplained() throws Exception {
        printer.behaviour = FakePrinter.Behaviour.NONE;
        act(model::load);
        act(model::print);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("No printer: No printer is set up"), dialogs.errors.get(0));
        assertTrue(model.ready().get());
    }

    @Test
    void aCancelledPrintDialogSendsNothing() throws Exception {
        printer.behaviour = FakePrinter.Behaviour.CANCEL;
        act(model::load);
        act(model::print);
        assertEquals("Printing cancelled: nothing was sent to the printer.", model.statusProperty().get());
        assertTrue(printer.printed.isEmpty());
        assertEquals(List.of(), dialogs.errors);
    }

    /** The soak's find: Ctrl+P deferred until just after the preview closed and its worker stopped. */
    @Test
    void aPrintAfterThePreviewsWorkerStoppedSendsNothingAndThrowsNothing() throws Exception {
        act(model::load);
        worker.shutdown();
        FxThread.run(model::print);
        assertEquals(0, printer.printed.size());
        assertTrue(!model.busyProperty().get(), "the preview is not left busy");
        FxThread.run(model::close);
        FxThread.run(model::print);
        FxThread.run(model::save);
        assertEquals(0, printer.printed.size(), "a closed preview runs nothing");
    }

    @Test
    void printingSendsThePdfAndReportsIt() throws Exception {
        act(model::load);
        act(model::print);
        assertEquals(1, printer.printed.size());
        assertEquals(PaperSize.A4, printer.askedPaper);
        assertEquals(model.pageCountProperty().get(), printer.askedPages);
        assertTrue(printer.askedJob.contains("Lumbar spine"));
        assertEquals("Sent 2 pages to Fake (A4).", model.statusProperty().get());
    }

    @Test
    void thePaperChosenInThePrintDialogIsUsedForTheLayout() throws Exception {
        printer.paperInDialog = PaperSize.LETTER;
        act(model::load);
        act(model::print);
        try (PDDocument sent = Loader.loadPDF(printer.printed.get(0))) {
            assertEquals(612, sent.getPage(0).getMediaBox().getWidth(), 0.1);
        }
    }

    @Test
    void aPrinterErrorIsReportedAndThePreviewGoesOn() throws Exception {
        printer.behaviour = FakePrinter.Behaviour.FAIL;
        act(model::load);
        act(model::print);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("out of paper"), dialogs.errors.get(0));
        assertEquals("Printing failed.", model.statusProperty().get());
        assertTrue(model.ready().get());
    }

    @Test
    void stoppingAPrintJobSaysWhatMayStillPrint() throws Exception {
        printer.behaviour = FakePrinter.Behaviour.STOP_AFTER_FIRST_PAGE;
        printer.stopper = () -> model.cancel();
        act(model::load);
        act(model::print);
        assertEquals(1, printer.printed.size());
        assertTrue(model.statusProperty().get().startsWith("Printing stopped."), model.statusProperty().get());
        assertTrue(model.ready().get());
    }

    @Test
    void theSuggestedFileNameComesFromTheTitle() {
        assertEquals("lumbar-spine-low-back.pdf", new SheetPreviewViewModel(
                new SheetDocument("Lumbar spine (low back)", "", "", List.of()), PaperSize.A4, pdf,
                new AtomicFileWriter(), dialogs, printer, worker).fileName());
    }
}
