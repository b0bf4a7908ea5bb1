package com.bodymap.ui.common;

import java.util.ArrayList;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Runs a scene's keyboard shortcuts just after the key event rather than inside it. JavaFX runs
 * an accelerator while it iterates the scene's accelerator map; a shortcut that opens a modal
 * window (the wizard, the print chooser, an alert) keeps that iteration open through the whole
 * dialog, and anything that adds a shortcut meanwhile (a new control's context menu) ends it in a
 * ConcurrentModificationException when the dialog closes. The random-input soak found this.
 * Installed as a scene handler, this runs after the focused control has had the key, as JavaFX's
 * own accelerator handling does.
 */
public final class DeferredAccelerators {
    private DeferredAccelerators() {
    }

    public static void install(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            for (Map.Entry<KeyCombination, Runnable> a : new ArrayList<>(scene.getAccelerators().entrySet())) {
                if (a.getKey().match(e)) {
                    e.consume();
                    Platform.runLater(a.getValue());
                    return;
                }
            }
        });
    }
}
