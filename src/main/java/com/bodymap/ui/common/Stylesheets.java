package com.bodymap.ui.common;

import java.net.URL;
import javafx.scene.Scene;

/** Finds the app's stylesheets in assets/style and fails loudly, naming the missing one. */
public final class Stylesheets {
    public static final String[] ALL = {"palette.css", "app.css", "library.css", "wizard.css", "sheet.css"};

    private Stylesheets() {
    }

    public static void apply(Scene scene) {
        for (String name : ALL) {
            scene.getStylesheets().add(url(name));
        }
    }

    public static String url(String name) {
        URL url = Stylesheets.class.getResource("/assets/style/" + name);
        if (url == null) {
            throw new IllegalStateException("stylesheet assets/style/" + name + " is missing from the build");
        }
        return url.toExternalForm();
    }
}
