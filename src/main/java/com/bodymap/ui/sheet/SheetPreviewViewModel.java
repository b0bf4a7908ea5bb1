package com.bodymap.ui.sheet;

import com.bodymap.i18n.Messages;
import com.bodymap.i18n.ErrorWording;
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
    private final Messages messages;

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

    /** An English preview, for tests. */
    public SheetPreviewViewModel(SheetDocument sheet, PaperSize initialPaper, SheetPdf pdf, AtomicFileWriter files,
                                 DialogService dialogs, SheetPrinter printer, Executor background) {
        this(sheet, initialPaper, pdf, files, dialogs, printer, background, Messages.english());
    }

    public SheetPreviewViewModel(SheetDocument sheet, PaperSize initialPaper, SheetPdf pdf, AtomicFileWriter files,
                                 DialogService dialogs, SheetPrinter printer, Executor background, Messages messages) {
        this.messages = messages;
        this.sheet = sheet;
        this.pdf = pdf;
        this.files = files;
        this.dialogs = dialogs;
        this.printer = printer;
        this.background = background;
        paper.set(initialPaper);
        pageLabel = Bindings.createStringBinding(() -> pageCount.get() == 0 ? messages.text("print.noPages")
                : messages.text("print.pageOf", pageIndex.get() + 1, pageCount.get()), pageIndex, pageCount);
        ready = busy.not().and(pageCount.greaterThan(0));
    }

    public String title() {
        return sheet.title();
    }

    /** The words of the preview window. */
    public Messages messages() {
        return messages;
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
        run(messages.text("print.preparing", sheet.title(), size.label()), new Task<Prepared>() {
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
            status.set(messages.text("print.pages", pages.count(), size.label()));
            showPage(0);
        }, e -> {
            paper.set(loadedPaper);
            status.set(messages.text("print.notPrepared"));
            dialogs.showError(messages.text("print.cannotPrepare"), messages.text("print.cannotLayOut", message(e)));
        }, messages.text("print.stopped"));
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
        render.setOnFailed(e -> status.set(messages.text("print.pageNotShown", index + 1, message(render.getException()))));
        background.execute(render);
    }

    /** Asks where to save, then writes the PDF there; an existing file is replaced only when the new one is complete. */
    public void save() {
        if (!ready.get()) {
            return;
        }
        Optional<File> chosen = dialogs.chooseSaveFile(messages.text("print.save.title"), fileName(), messages.text("print.save.filter"), "pdf");
        if (chosen.isEmpty()) {
            status.set(messages.text("print.save.not"));
            return;
        }
        File file = withPdfExtension(chosen.get());
        byte[] toWrite = bytes;
        int count = pageCount.get();
        run(messages.text("print.saving", file.getName()), new Task<Void>() {
            @Override
            protected Void call() throws IOException {
                OutputTarget.check(file.toPath(), true); // the save dialog already asked about replacing
                files.write(file.toPath(), toWrite);
                return null;
            }
        }, done -> status.set(messages.text("print.saved", count, file.toString())),
                e -> {
                    status.set(messages.text("print.save.not"));
                    dialogs.showError(messages.text("print.save.cannot"), messages.text("print.save.failed",
                            e instanceof IOException io ? new ErrorWording(messages).cannotWrite(file.toPath(), io)
                                    : messages.text("print.save.failedBecause", message(e))));
                },
                messages.text("print.save.stopped"));
    }

    /** Shows the system's print dialog, then prints in the background. */
    public void print() {
        if (!ready.get()) {
            return;
        }
        Optional<SheetPrinter.PrintSession> chosen;
        try {
            chosen = printer.choose(messages.text("print.jobName", sheet.title()), paper.get(), pageCount.get());
        } catch (SheetPrinter.NoPrinterException e) {
            dialogs.showError(messages.text("print.noPrinter"), messages.text("print.noPrinter.text"));
            return;
        } catch (RuntimeException e) {
            dialogs.showError(messages.text("print.cannot"), messages.text("print.noDialog", message(e)));
            return;
        }
        if (chosen.isEmpty()) {
            status.set(messages.text("print.cancelled"));
            return;
        }
        SheetPrinter.PrintSession session = chosen.get();
        PaperSize printPaper = session.paper();
        byte[] current = bytes;
        PaperSize shown = paper.get();
        run(messages.text("print.printing", session.printerName()), new Task<Integer>() {
            @Override
            protected Integer call() throws Exception {
                // The printer's paper wins: the sheet is laid out again for it rather than shrunk.
                byte[] toPrint = printPaper == shown ? current : pdf.render(sheet, printPaper, SheetPdf.Progress.NONE);
                int[] sent = {0};
                session.print(toPrint, (done, total) -> {
                    sent[0] = done;
                    updateProgress(done, total);
                    updateMessage(messages.text("print.printingPage", done, total));
                }, this::isCancelled);
                return sent[0];
            }
        }, sent -> status.set(messages.text("print.sent", sent, session.printerName(), printPaper.label())),
                e -> {
                    status.set(messages.text("print.failed.status"));
                    dialogs.showError(messages.text("print.failed"), messages.text("print.failed.text", message(e)));
                },
                messages.text("print.printStopped"));
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
        if (busy.get() || closed) {
            // A shortcut deferred past the window's closing (Ctrl+P just as Esc closed it): nothing to run on.
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
        try {
            background.execute(task);
        } catch (RejectedExecutionException stopped) {
            // The worker was shut down as the preview closed: the job never started, nothing was sent or written.
            finish();
            status.set(whenStopped);
        }
    }

    private void finish() {
        progress.unbind();
        progress.set(0);
        busy.set(false);
        job = null;
    }

    String fileName() {
        String base = sheet.title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "").toLowerCase(java.util.Locale.ROOT);
        return (base.isEmpty() ? "sheet" : base) + ".pdf";
    }

    private static File withPdfExtension(File file) {
        return file.getName().toLowerCase().endsWith(".pdf") ? file : new File(file.getPath() + ".pdf");
    }

    private String message(Throwable e) {
        if (e instanceof SheetPrinter.PrintFailedException p && p.kind() != SheetPrinter.PrintFailedException.Kind.OTHER) {
            return messages.text("print.failure." + p.kind().name().toLowerCase(java.util.Locale.ROOT), p.page(), p.detail());
        }
        return e == null || e.getMessage() == null ? messages.text("writeProblem.unexpected") : e.getMessage();
    }
}
