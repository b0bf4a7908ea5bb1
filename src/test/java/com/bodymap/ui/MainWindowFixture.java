package com.bodymap.ui;

import com.bodymap.app.AppAssembly;
import com.bodymap.content.CheckLoader;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import com.bodymap.ui.appearance.FixedDesktop;
import com.bodymap.ui.appearance.SystemLook;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the real main window on the bundled content, as the app does, for TestFX tests. */
public final class MainWindowFixture {
    private MainWindowFixture() {
    }

    public static ContentRepository bundled() throws Exception {
        return new ContentLoader().load(ContentSource.bundled());
    }

    public static void show(Stage stage) throws Exception {
        show(stage, bundled());
    }

    /**
     * Opens the main window after hiding every other window: TestFX reuses one primary stage for
     * every test, so a card or library window an earlier test opened would outlive it, and a lookup
     * could find the previous test's nodes. Returns the content the window shows.
     */
    public static ContentRepository openFresh(Stage stage) throws Exception {
        new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        ContentRepository content = bundled();
        show(stage, content);
        return content;
    }

    private static void show(Stage stage, ContentRepository content) throws Exception {
        // A fresh temporary data folder: tests never read or write the user's real results.
        show(stage, content, Files.createTempDirectory("bodymap-test-data"));
    }

    /** Opens the main window on a given data folder (results and preferences), after hiding other windows. */
    public static AppAssembly openOn(Stage stage, Path dataDir) throws Exception {
        new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        return show(stage, bundled(), dataDir);
    }

    /**
     * Opens the main window on a given data folder with an appearance whose desktop always reads as
     * {@code desktop} (tests must not depend on the machine's theme).
     */
    public static AppAssembly openOn(Stage stage, Path dataDir, SystemLook desktop) throws Exception {
        new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        ContentRepository content = bundled();
        AppAssembly app = new AppAssembly(content, new FigureLoader().load(content), new CheckLoader().loadBundled(), dataDir,
                FixedDesktop.appearance(desktop));
        app.showMainWindow(stage);
        return app;
    }

    private static AppAssembly show(Stage stage, ContentRepository content, Path dataDir) throws Exception {
        AppAssembly app = new AppAssembly(content, new FigureLoader().load(content), new CheckLoader().loadBundled(), dataDir,
                FixedDesktop.appearance(SystemLook.LIGHT));
        app.showMainWindow(stage);
        return app;
    }
}
