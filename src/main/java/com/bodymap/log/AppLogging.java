package com.bodymap.log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends everything logged through System.Logger (the app's and JavaFX's own) to the rolling log
 * file in the data folder. The console keeps warnings and errors only, so a developer running
 * from a terminal still sees them and command-line output stays clean.
 */
public final class AppLogging {
    static final long LIMIT_BYTES = 1024 * 1024;
    static final int KEEP = 3;

    private AppLogging() {
    }

    /**
     * Starts logging to {@link LogFile#in(Path)}; returns the file. When the folder cannot be
     * written the app still runs, logging to the console only, and says so there.
     */
    public static Path start(Path dataFolder) {
        Path file = LogFile.in(dataFolder);
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                h.setLevel(Level.WARNING);
            }
            if (h instanceof RollingLogHandler) {
                root.removeHandler(h);
                h.close();
            }
        }
        try {
            RollingLogHandler handler = new RollingLogHandler(file, LIMIT_BYTES, KEEP);
            handler.setFormatter(new LineFormatter());
            handler.setLevel(Level.INFO);
            root.addHandler(handler);
        } catch (IOException | RuntimeException e) {
            System.err.println("body-map: cannot write the log file " + file + ": " + e.getMessage());
        }
        root.setLevel(Level.INFO);
        return file;
    }
}
