package com.bodymap.app;

import com.bodymap.bench.FirstFrameProbe;
import com.bodymap.cli.Arguments;
import com.bodymap.i18n.Language;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentProblem;
import com.bodymap.log.LogFile;
import com.bodymap.log.LoggedErrors;
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

    /**
     * The content the launcher started loading before the toolkit. Application.launch builds the
     * app with no arguments, so this one-shot hand-over is the only way in; it is taken once.
     */
    private static volatile ContentPreload handedOver;

    private AppAssembly assembly;

    /** Starts the window with the content already loading on its own thread. */
    static void launch(ContentPreload preload, String[] args) {
        handedOver = preload;
        Application.launch(BodyMapApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path data = UserDataFolder.ofThisMachine().path();
        Arguments args;
        try {
            args = Arguments.parse(getParameters().getRaw().toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            Messages messages = StartLanguage.speak(StartLanguage.of(data, null));
            String problem = e instanceof com.bodymap.cli.UsageException u
                    ? messages.text("cli.usage." + u.kind().name().toLowerCase(java.util.Locale.ROOT), u.values().toArray())
                    : e.getMessage();
            new ContentErrorWindow(List.of(new ContentProblem(messages.text("start.commandLine"), null, problem)), messages).show(stage);
            return;
        }
        // --lang first, then the one chosen under View > Language, then the system's.
        Language language = StartLanguage.of(data, args.language());
        Messages messages = StartLanguage.speak(language);
        WindowIdentity.setIcons(stage);
        String startLine = AppInfo.load().startLine(args.contentDir() == null ? "bundled" : args.contentDir().toString());
        new CrashNet(startLine, LogFile.in(data), new CrashDialog(stage, messages)).install();
        LOG.log(Level.INFO, startLine);
        ContentPreload preload = handedOver;
        handedOver = null;
        assembly = new AppStart(LoggedErrors.in(data), data, language).open(stage, args, preload);
        if (assembly != null) {
            FirstFrameProbe.installIfAsked(stage.getScene());
        }
    }

    @Override
    public void stop() {
        if (assembly != null) {
            assembly.saveSession();
        }
    }
}
