package com.bodymap.ui;

import com.bodymap.app.AppAssembly;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureLoader;
import javafx.stage.Stage;

/** Opens the real main window on the bundled content, as the app does, for TestFX tests. */
public final class MainWindowFixture {
    private MainWindowFixture() {
    }

    public static ContentRepository bundled() throws Exception {
        return new ContentLoader().load(ContentSource.bundled());
    }

    public static void show(Stage stage) throws Exception {
        ContentRepository content = bundled();
        new AppAssembly(content, new FigureLoader().load(content)).showMainWindow(stage);
    }
}
