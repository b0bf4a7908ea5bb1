package com.bodymap.ui.sources;

import com.bodymap.ui.common.ReadingWindow;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

/** The sources view in its own window; it can open at one source, asked for from a reference list. */
public final class SourcesWindow {
    private final SourcesViewModel model;
    private final ReadingWindow window;

    public SourcesWindow(SourcesViewModel model, Window owner, Runnable openSafety) {
        this.model = model;
        this.window = new ReadingWindow(owner, "sources", new ReadOnlyStringWrapper(model.messages().text("sources.title")), new SourcesView(model),
                760, 780, Optional.of(openSafety), model.messages());
    }

    public void open() {
        window.show();
    }

    /** Opens the window scrolled to one source, highlighted. */
    public void open(String sourceId) {
        window.show();
        model.focus(sourceId);
    }
}
