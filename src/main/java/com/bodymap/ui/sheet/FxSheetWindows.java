package com.bodymap.ui.sheet;

import com.bodymap.i18n.Messages;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.export.PaperSize;
import com.bodymap.export.SheetDocument;
import com.bodymap.export.SheetPdf;
import com.bodymap.ui.common.DialogService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ObjectProperty;
import javafx.stage.Window;

/**
 * The real chooser and preview windows. Each preview gets its own background thread for PDF work,
 * stopped when the preview closes. Each preview opens on the paper last chosen in one, which the
 * preferences remember.
 */
public final class FxSheetWindows implements SheetWindows {
    private final Window owner;
    private final SheetPdf pdf;
    private final AtomicFileWriter files;
    private final DialogService dialogs;
    private final SheetPrinter printer;
    private final ObjectProperty<PaperSize> paper;
    private final Messages messages;

    public FxSheetWindows(Window owner, SheetPdf pdf, AtomicFileWriter files, DialogService dialogs,
                          SheetPrinter printer, ObjectProperty<PaperSize> paper, Messages messages) {
        this.messages = messages;
        this.owner = owner;
        this.pdf = pdf;
        this.files = files;
        this.dialogs = dialogs;
        this.printer = printer;
        this.paper = paper;
    }

    @Override
    public Optional<List<String>> chooseSheets(SheetChooserViewModel model) {
        return new SheetChooserDialog(owner, model, messages).ask();
    }

    @Override
    public void preview(SheetDocument document) {
        preview(document, owner);
    }

    @Override
    public void preview(SheetDocument document, Window over) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sheet-preview");
            t.setDaemon(true);
            return t;
        });
        SheetPreviewViewModel model = new SheetPreviewViewModel(document, paper.get(), pdf, files, dialogs, printer, worker, messages);
        model.paperProperty().addListener((obs, old, chosen) -> paper.set(chosen));
        SheetPreviewDialog.show(over == null ? owner : over, model, worker::shutdown);
    }
}
