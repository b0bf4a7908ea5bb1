package com.bodymap.ui.sheet;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.files.OutputTarget;
import com.bodymap.export.PaperSize;
import com.bodymap.export.SheetDocument;
import com.bodymap.export.SheetPdf;
import com.bodymap.ui.common.DialogService;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.image.Image;

/**
 * Everything the sheet preview shows and does: the PDF for the chosen paper, the page on screen,
 * progress and status, and the Print and Save commands. The PDF work runs in {@link Task}s on one
 * background thread, so a long booklet never freezes the window; every failure is reported through
 * the {@link DialogService} and leaves the preview usable.
 */
public final class SheetPreviewViewModel {
    static final float PREVIEW_DPI = 110;

    private final SheetDocument sheet;
    private final SheetPdf pdf;
    private final AtomicFileWriter files;
    private final DialogService dialogs;
    private final SheetPrinter printer;
    private final Executor background;

    private final ReadOnlyObjectWrapper<PaperSize> paper = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Image> pageImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringBinding pageLabel;
    private final BooleanBinding ready;

    private byte[] bytes;
    private PageImages pages;
    private PaperSize loadedPaper;
    private boolean closed;
    private Task<?> job;

    public SheetPreviewViewModel(SheetDocument sheet, PaperSize initialPaper, SheetPdf pdf, AtomicFileWriter files,
                                 DialogService dialogs, SheetPrinter printer, Executor background) {
        this.sheet = sheet;
        this.pdf = pdf;
        this.files = files;
        this.dialogs = dialogs;
        this.printer = printer;
        this.background = background;
        paper.set(initialPaper);
        pageLabel = Bindings.createStringBinding(() -> pageCount.get() == 0 ? "No pages yet"
                : "Page " + (pageIndex.get() + 1) + " of " + pageCount.get(), pageIndex, pageCount);
        ready = busy.not().and(pageCount.greaterThan(0));
    }

    public String title() {
        return sheet.title();
    }

    public ReadOnlyObjectProperty<PaperSize> paperProperty() { return paper.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty pageCountProperty() { return pageCount.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty pageIndexProperty() { return pageIndex.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Image> pageImageProperty() { return pageImage.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** 0 to 1 while a job runs; -1 when its length is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** "Page 2 of 14". */
    public StringBinding pageLabel() { return pageLabel; }

    /** True when there is a PDF and no job running: Print and Save are offered. */
    public BooleanBinding ready() { return ready; }

    public BooleanBinding canGoBack() { return ready.and(pageIndex.greaterThan(0)); }

    public BooleanBinding canGoForward() { return ready.and(pageIndex.lessThan(pageCount.subtract(1))); }

    /** Lays the sheet out for the current paper and shows its first page. */
    public void load() {
        PaperSize size = paper.get();
        run("Preparing " + sheet.title() + " (" + size.label() + ")\u2026", new Task<Prepared>() {
            @Override
            protected Prepared call() throws Exception {
                updateProgress(-1, 1);
                byte[] rendered = pdf.render(sheet, size, (done, total) -> updateProgress(done, total + 1));
                return new Prepared(rendered, new PageImages(rendered));
            }
        }, prepared -> {
            if (closed) {
                release(prepared.pages());
                return;
            }
            release(pages);
            bytes = prepared.bytes();
            pages = prepared.pages();
            loadedPaper = size;
            pageCount.set(pages.count());
            status.set(pages.count() + (pages.count() == 1 ? " page" : " pages") + " on " + size.label() + " paper.");
            showPage(0);
        }, e -> {
            paper.set(loadedPaper);
            status.set("The sheet could not be prepared.");
            dialogs.showError("Cannot prepare the sheet", "The sheet could not be laid out: " + message(e));
        }, "Stopped.");
    }

    /** A rendered PDF and its pages, opened for the preview. */
    private record Prepared(byte[] bytes, PageImages pages) {
    }

    public void setPaper(PaperSize size) {
        if (size != null && size != paper.get() && !busy.get()) {
            paper.set(size);
            load();
        }
    }

    public void nextPage() { showPage(pageIndex.get() + 1); }

    public void previousPage() { showPage(pageIndex.get() - 1); }

    public void firstPage() { showPage(0); }

    public void lastPage() { showPage(pageCount.get() - 1); }

    private void showPage(int index) {
        if (pages == null || index < 0 || index >= pageCount.get()) {
            return;
        }
        pageIndex.set(index);
        PageImages current = pages;
        Task<Image> render = new Task<>() {
            @Override
            protected Image call() throws Exception {
                return current.render(index, PREVIEW_DPI);
            }
        };
        render.setOnSucceeded(e -> {
            if (pageIndex.get() == index) {
                pageImage.set(render.getValue());
            }
        });
        render.setOnFailed(e -> status.set("Page " + (index + 1) + " could not be shown: " + message(render.getException())));
        background.execute(render);
    }

    /** Asks where to save, then writes the PDF there; an existing file is replaced only when the new one is complete. */
    public void save() {
        if (!ready.get()) {
            return;
        }
        Optional<File> chosen = dialogs.chooseSaveFile("Save the sheet as PDF", fileName(), "PDF documents", "pdf");
        if (chosen.isEmpty()) {
            status.set("Not saved.");
            return;
        }
        File file = withPdfExtension(chosen.get());
        byte[] toWrite = bytes;
        int count = pageCount.get();
        run("Saving " + file.getName() + "\u2026", new Task<Void>() {
            @Override
            protected Void call() throws IOException {
                OutputTarget.check(file.toPath(), true); // the save dialog already asked about replacing
                files.write(file.toPath(), toWrite);
                return null;
            }
        }, done -> status.set("Saved " + count + (count == 1 ? " page to " : " pages to ") + file + "."),
                e -> {
                    status.set("Not saved.");
                    dialogs.showError("Cannot save the PDF", (e instanceof IOException io
                            ? AtomicFileWriter.explain(io, file.toPath()) : "Saving failed: " + message(e))
                            + " Nothing was changed there; choose another folder and try again.");
                },
                "Saving stopped; nothing was changed.");
    }

    /** Shows the system's print dialog, then prints in the background. */
    public void print() {
        if (!ready.get()) {
            return;
        }
        Optional<SheetPrinter.PrintSession> chosen;
        try {
            chosen = printer.choose("Body Map - " + sheet.title(), paper.get(), pageCount.get());
        } catch (SheetPrinter.NoPrinterException e) {
            dialogs.showError("No printer", "No printer is set up on this computer. Save the sheet as a PDF instead "
                    + "and print it from another device, or add a printer in your system settings and try again.");
            return;
        } catch (RuntimeException e) {
            dialogs.showError("Cannot print", "The print dialog could not be shown: " + message(e));
            return;
        }
        if (chosen.isEmpty()) {
            status.set("Printing cancelled: nothing was sent to the printer.");
            return;
        }
        SheetPrinter.PrintSession session = chosen.get();
        PaperSize printPaper = session.paper();
        byte[] current = bytes;
        PaperSize shown = paper.get();
        run("Printing on " + session.printerName() + "\u2026", new Task<Integer>() {
            @Override
            protected Integer call() throws Exception {
                // The printer's paper wins: the sheet is laid out again for it rather than shrunk.
                byte[] toPrint = printPaper == shown ? current : pdf.render(sheet, printPaper, SheetPdf.Progress.NONE);
                int[] sent = {0};
                session.print(toPrint, (done, total) -> {
                    sent[0] = done;
                    updateProgress(done, total);
                    updateMessage("Printing page " + done + " of " + total + "\u2026");
                }, this::isCancelled);
                return sent[0];
            }
        }, sent -> status.set("Sent " + sent + (sent == 1 ? " page to " : " pages to ") + session.printerName()
                + " (" + printPaper.label() + ")."),
                e -> {
                    status.set("Printing failed.");
                    dialogs.showError("Printing failed", "The sheet could not be printed: " + message(e)
                            + ". Check the printer and try again, or save the sheet as a PDF.");
                },
                "Printing stopped. Pages already sent to the printer may still print.");
    }

    /** Stops the running job (printing stops after the current page). */
    public void cancel() {
        if (job != null) {
            // Not interrupting: a print job is stopped between pages, never torn mid-page.
            job.cancel(false);
        }
    }

    /** Stops work and frees the PDF; call when the preview closes. */
    public void close() {
        closed = true;
        cancel();
        release(pages);
        pages = null;
    }

    /**
     * Closes pages on the background thread, after any page still being drawn from them: the
     * PDF document is used by that thread only.
     */
    private void release(PageImages old) {
        if (old == null) {
            return;
        }
        Runnable closeIt = () -> {
            try {
                old.close();
            } catch (IOException e) {
                // Only memory is at stake: the document was read from bytes, no file is open.
            }
        };
        try {
            background.execute(closeIt);
        } catch (RejectedExecutionException stopped) {
            closeIt.run();
        }
    }

    /** Runs one job at a time, with its progress and message shown, and its outcome handled on the FX thread. */
    private <T> void run(String message, Task<T> task, Consumer<T> onDone, Consumer<Throwable> onFail, String whenStopped) {
        if (busy.get()) {
            return;
        }
        job = task;
        busy.set(true);
        status.set(message);
        progress.bind(task.progressProperty());
        task.messageProperty().addListener((obs, old, text) -> {
            if (text != null && !text.isEmpty()) {
                status.set(text);
            }
        });
        task.setOnSucceeded(e -> {
            finish();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            onFail.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finish();
            status.set(whenStopped);
        });
        background.execute(task);
    }

    private void finish() {
        progress.unbind();
        progress.set(0);
        busy.set(false);
        job = null;
    }

    String fileName() {
        String base = sheet.title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "").toLowerCase();
        return (base.isEmpty() ? "sheet" : base) + ".pdf";
    }

    private static File withPdfExtension(File file) {
        return file.getName().toLowerCase().endsWith(".pdf") ? file : new File(file.getPath() + ".pdf");
    }

    private static String message(Throwable e) {
        return e == null || e.getMessage() == null ? "an unexpected error" : e.getMessage();
    }
}
