package com.bodymap.log;

import com.bodymap.files.ErrorLog;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Keeps an unexpected error's details in the app's log file and says where, so the user sees one
 * plain line. The command line does not log until it needs to: the first error starts the log.
 */
public final class LoggedErrors {
    private static final System.Logger LOG = System.getLogger("com.bodymap.error");

    private LoggedErrors() {
    }

    /** The log in {@code dataFolder}; a temporary file where the log cannot be written. */
    public static ErrorLog in(Path dataFolder) {
        return error -> {
            if (!logging()) {
                AppLogging.start(dataFolder);
            }
            if (!logging()) {
                return ErrorLog.standard().record(error);
            }
            LOG.log(Level.ERROR, "Internal error", error);
            return ErrorLog.Where.in(LogFile.in(dataFolder));
        };
    }

    private static boolean logging() {
        for (var handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof RollingLogHandler) {
                return true;
            }
        }
        return false;
    }
}
