package com.bodymap.ui.sheet;

import com.bodymap.export.SheetDocument;
import java.util.List;
import java.util.Optional;

/** The two windows of printing: choosing sheets and previewing them. Tests stand in for them. */
public interface SheetWindows {

    /** Shows the chooser; the ticked ids, or empty when the user cancels. */
    Optional<List<String>> chooseSheets(SheetChooserViewModel model);

    /** Opens the print preview for a document. */
    void preview(SheetDocument document);
}
