package com.bodymap.app;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * How the desktop recognises the app's windows: the icon (assets/icon) and, on Linux, the window
 * class that the desktop entry's StartupWMClass names. Application.launch sets that class from
 * the application's class name; the launcher starts the toolkit itself, so it asks for the same.
 */
final class WindowIdentity {
    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private WindowIdentity() {
    }

    /** Names the app to the window system as com.bodymap.app.BodyMapApp, where JavaFX lets it. */
    static void nameApplication() {
        try {
            Class.forName("com.sun.javafx.application.PlatformImpl")
                    .getMethod("setApplicationName", Class.class).invoke(null, BodyMapApp.class);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // On the module path (mvn javafx:run) the internal class is closed: windows keep the default class.
        }
    }

    static void setIcons(Stage stage) {
        for (int size : SIZES) {
            try (InputStream in = WindowIdentity.class.getResourceAsStream("/assets/icon/body-map-" + size + ".png")) {
                stage.getIcons().add(new Image(Objects.requireNonNull(in)));
            } catch (Exception e) {
                // An icon is a nicety; a missing one never stops the app.
            }
        }
    }
}
