package com.bodymap.ui.technique;

import com.bodymap.ui.common.ReadingWindow;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.stage.Window;

/** The technique library in its own window, so the map and a card can stay open beside it. */
public final class TechniqueLibraryWindow {
    private final TechniqueBrowser browser;
    private final ReadingWindow window;

    public TechniqueLibraryWindow(TechniqueBrowserViewModel model, Window owner, Runnable openSafety) {
        this.browser = new TechniqueBrowser(model);
        this.window = new ReadingWindow(owner, "library",
                Bindings.createStringBinding(() -> model.messages().text("library.windowTitle", model.countText().get()),
                        model.countText()), browser, 960, 720, Optional.of(openSafety), model.messages());
    }

    public void open() {
        window.show();
        browser.focusSearch();
    }
}
