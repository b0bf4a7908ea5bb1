package com.bodymap.ui.safety;

import com.bodymap.ui.common.ReadingWindow;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

/** "Before you roll" in its own window, opened from the toolbar, the Help menu or F1 anywhere. */
public final class SafetyWindow {
    private final ReadingWindow window;

    public SafetyWindow(SafetyPanelViewModel model, Window owner) {
        this.window = new ReadingWindow(owner, "safety", new ReadOnlyStringWrapper(model.messages().text("safety.title")), new SafetyPanel(model),
                680, 780, Optional.empty(), model.messages());
    }

    public void open() {
        window.show();
    }

    public boolean isShowing() {
        return window.isShowing();
    }
}
