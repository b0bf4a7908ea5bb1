package com.bodymap.ui.crash;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The handler for exceptions nothing else caught, on any thread (JavaFX passes exceptions from
 * event handlers to it too): each is logged in full, then shown to the user, and the thread's
 * work ends there while the rest of the app keeps running.
 */
public final class CrashNet implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger("com.bodymap.crash");

    private final String versionLine;
    private final Path logFile;
    private final Consumer<CrashReport> show;

    public CrashNet(String versionLine, Path logFile, Consumer<CrashReport> show) {
        this.versionLine = versionLine;
        this.logFile = logFile;
        this.show = show;
    }

    /** Becomes the handler for every thread that has none of its own. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.log(Level.ERROR, "Unexpected error on thread " + thread.getName(), error);
            show.accept(CrashReport.of(thread, error, versionLine, logFile));
        } catch (Throwable reporting) {
            // The net must never throw: the error is already on its way to the log or stderr.
            error.printStackTrace();
            reporting.printStackTrace();
        }
    }
}
