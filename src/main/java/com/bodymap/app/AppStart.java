package com.bodymap.app;

import com.bodymap.cli.Arguments;
import com.bodymap.content.ContentException;
import com.bodymap.content.ContentProblem;
import com.bodymap.files.ErrorLog;
import com.bodymap.i18n.Language;
import com.bodymap.i18n.Messages;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;

/**
 * Opens the app on a stage: the main window when the content is sound, otherwise the window that
 * lists what is wrong. Nothing here ends the program with a stack trace: a broken content file, a
 * missing folder and even a bug each get a readable window.
 */
public final class AppStart {
    private static final System.Logger LOG = System.getLogger("com.bodymap.app");

    private final ErrorLog errorLog;
    private final Path dataDir;
    private final Language language;
    private final Messages messages;

    /** The language is the one saved in {@code dataDir}'s preferences, or the system's. */
    public AppStart(ErrorLog errorLog, Path dataDir) {
        this(errorLog, dataDir, StartLanguage.of(dataDir, null));
    }

    /** {@code language} is the one this run speaks (--lang, the preferences' or the system's). */
    public AppStart(ErrorLog errorLog, Path dataDir, Language language) {
        this.errorLog = errorLog;
        this.dataDir = dataDir;
        this.language = language;
        this.messages = Messages.of(language.locale(Language.systemLocale()));
    }

    /** Opens the main window, or the problem window; returns the app it opened, or null. */
    public AppAssembly open(Stage stage, List<String> rawArguments) {
        Arguments args;
        try {
            args = Arguments.parse(rawArguments.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            new ContentErrorWindow(List.of(new ContentProblem("command line", null, e.getMessage())), messages).show(stage);
            return null;
        }
        return open(stage, args, null);
    }

    /**
     * Opens the main window on content already loading ({@code preload}, or loaded here when it is
     * null), or the problem window.
     */
    public AppAssembly open(Stage stage, Arguments args, ContentPreload preload) {
        Path folder = args.contentDir();
        if (folder != null && !Files.isDirectory(folder)) {
            new ContentErrorWindow(List.of(new ContentProblem(folder.toString(), null,
                    Files.exists(folder) ? "is not a folder" : "the content folder does not exist")), messages).show(stage);
            return null;
        }
        try {
            ContentPreload.Loaded loaded = preload != null ? preload.get() : ContentPreload.load(args);
            AppAssembly assembly = new AppAssembly(loaded.content(), loaded.figures(), loaded.checks(), dataDir, language);
            assembly.showMainWindow(stage);
            return assembly;
        } catch (ContentException e) {
            LOG.log(Level.WARNING, "The content has " + e.problems().size() + " problem(s); first: " + e.problems().get(0));
            new ContentErrorWindow(e.problems(), messages).show(stage);
        } catch (RuntimeException e) {
            ContentErrorWindow.internalError(ErrorLog.summary(e), errorLog.record(e), messages).show(stage);
        }
        return null;
    }
}
