package com.bodymap.log;

import java.nio.file.Path;

/**
 * Where the app's log is written: {@code logs/body-map.log} in the user's data folder (see
 * store.UserDataFolder), with older logs beside it as {@code body-map.log.1} and so on. This is
 * the one place that says so; error messages and exit codes that point at the log ask here.
 */
public final class LogFile {
    public static final String FOLDER = "logs";
    public static final String NAME = "body-map.log";

    private LogFile() {
    }

    /** The current log file for a data folder. */
    public static Path in(Path dataFolder) {
        return dataFolder.resolve(FOLDER).resolve(NAME);
    }
}
