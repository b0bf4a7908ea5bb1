package com.bodymap.app;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * How the desktop shows the app's windows: the icon (assets/icon). On Linux the window class,
 * which the desktop entry's StartupWMClass names, is the application's class name
 * (com.bodymap.app.BodyMapApp), set by Application.launch.
 */
final class WindowIdentity {
    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private WindowIdentity() {
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
