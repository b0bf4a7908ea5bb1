package com.bodymap.app;

import com.bodymap.cli.Arguments;
import com.bodymap.content.CheckLoader;
import com.bodymap.content.ContentException;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentProblem;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.FigureLoader;
import com.bodymap.content.FigureSource;
import com.bodymap.files.ErrorLog;
import com.bodymap.model.Figure;
import com.bodymap.model.View;
import com.bodymap.model.check.CheckCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;

/**
 * Opens the app on a stage: the main window when the content is sound, otherwise the window that
 * lists what is wrong. Nothing here ends the program with a stack trace: a broken content file, a
 * missing folder and even a bug each get a readable window.
 */
public final class AppStart {
    private final ErrorLog errorLog;
    private final Path dataDir;

    public AppStart(ErrorLog errorLog, Path dataDir) {
        this.errorLog = errorLog;
        this.dataDir = dataDir;
    }

    /** Opens the main window, or the problem window; returns the app it opened, or null. */
    public AppAssembly open(Stage stage, List<String> rawArguments) {
        Arguments args;
        try {
            args = Arguments.parse(rawArguments.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            new ContentErrorWindow(List.of(new ContentProblem("command line", null, e.getMessage()))).show(stage);
            return null;
        }
        Path folder = args.contentDir();
        if (folder != null && !Files.isDirectory(folder)) {
            new ContentErrorWindow(List.of(new ContentProblem(folder.toString(), null,
                    Files.exists(folder) ? "is not a folder" : "the content folder does not exist"))).show(stage);
            return null;
        }
        try {
            ContentRepository content = new ContentLoader().load(args.contentSource());
            Map<View, Figure> figures = new FigureLoader().load(content, FigureSource.forContent(folder));
            CheckCatalog checks = new CheckLoader().loadBundled();
            AppAssembly assembly = new AppAssembly(content, figures, checks, dataDir);
            assembly.showMainWindow(stage);
            return assembly;
        } catch (ContentException e) {
            new ContentErrorWindow(e.problems()).show(stage);
        } catch (RuntimeException e) {
            ContentErrorWindow.internalError(ErrorLog.summary(e), errorLog.record(e)).show(stage);
        }
        return null;
    }
}
