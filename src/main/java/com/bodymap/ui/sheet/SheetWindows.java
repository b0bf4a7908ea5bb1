package com.bodymap.ui.sheet;

import com.bodymap.export.SheetDocument;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The two windows of printing: choosing sheets and previewing them. Tests stand in for them. */
public interface SheetWindows {

    /** Shows the chooser; the ticked ids, or empty when the user cancels. */
    Optional<List<String>> chooseSheets(SheetChooserViewModel model);

    /** Opens the print preview for a document. */
    void preview(SheetDocument document);

    /** Opens the print preview over {@code over} (a wizard or result window rather than the main window). */
    default void preview(SheetDocument document, Window over) {
        preview(document);
    }
}
