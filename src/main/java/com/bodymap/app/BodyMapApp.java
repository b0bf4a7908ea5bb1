package com.bodymap.app;

import com.bodymap.bench.FirstFrameProbe;
import com.bodymap.cli.Arguments;
import com.bodymap.content.ContentException;
import com.bodymap.content.ContentProblem;
import com.bodymap.log.LogFile;
import com.bodymap.store.UserDataFolder;
import com.bodymap.ui.crash.CrashDialog;
import com.bodymap.ui.crash.CrashNet;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: takes the content (loaded while the toolkit started), then opens the
 * main window, with the crash net in place first.
 */
public final class BodyMapApp extends Application {
    private static final System.Logger LOG = System.getLogger("com.bodymap.app");

    private final Arguments arguments;
    private final ContentPreload preload;
    private final Path dataDir;

    /** For Application.launch: reads its own arguments and loads the content when it starts. */
    public BodyMapApp() {
        this(null, null, null);
    }

    /** For the launcher: the arguments are checked and the content is already loading. */
    BodyMapApp(Arguments arguments, ContentPreload preload, Path dataDir) {
        this.arguments = arguments;
        this.preload = preload;
        this.dataDir = dataDir;
    }

    @Override
    public void start(Stage stage) {
        Arguments args = arguments;
        if (args == null) {
            try {
                args = Arguments.parse(getParameters().getRaw().toArray(String[]::new));
            } catch (IllegalArgumentException e) {
                new ContentErrorWindow(List.of(new ContentProblem("command line", null, e.getMessage()))).show(stage);
                return;
            }
        }
        WindowIdentity.setIcons(stage);
        Path data = dataDir != null ? dataDir : UserDataFolder.ofThisMachine().path();
        String startLine = AppInfo.load().startLine(args.contentDir() == null ? "bundled" : args.contentDir().toString());
        new CrashNet(startLine, LogFile.in(data), new CrashDialog(stage)).install();
        LOG.log(Level.INFO, startLine);
        ContentPreload.Loaded loaded;
        try {
            loaded = preload != null ? preload.get() : ContentPreload.load(args.contentSource());
        } catch (ContentException e) {
            LOG.log(Level.WARNING, "The content has " + e.problems().size() + " problem(s); first: " + e.problems().get(0));
            new ContentErrorWindow(e.problems()).show(stage);
            return;
        }
        new AppAssembly(loaded.content(), loaded.figures(), loaded.checks(), data).showMainWindow(stage);
        FirstFrameProbe.installIfAsked(stage.getScene());
    }
}
