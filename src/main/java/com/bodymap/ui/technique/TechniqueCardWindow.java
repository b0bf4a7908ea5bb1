package com.bodymap.ui.technique;

import com.bodymap.ui.common.ReadingWindow;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The one card window: opening another card replaces the one on show, so cards opened from the
 * region page, the library and the sources view never pile up.
 */
public final class TechniqueCardWindow {
    private final TechniqueCardViewModel model;
    private final ReadingWindow window;

    public TechniqueCardWindow(TechniqueCardViewModel model, Window owner, Runnable openSafety) {
        this.model = model;
        this.window = new ReadingWindow(owner, "card", model.windowTitle(), new TechniqueCardView(model),
                620, 760, Optional.of(openSafety), model.messages());
    }

    /** Shows the card with this id; an unknown id leaves the window as it was. */
    public void open(String techniqueId) {
        if (model.show(techniqueId)) {
            window.show();
        }
    }

    public boolean isShowing() {
        return window.isShowing();
    }
}
