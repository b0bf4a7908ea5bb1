package com.bodymap.ui.crash;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * What the crash dialog says about one unexpected error: a plain summary, where the log is, and
 * the details a user can copy into an e-mail (version, thread, stack trace).
 */
public record CrashReport(String summary, String details, Path logFile) {

    public static CrashReport of(Thread thread, Throwable error, String versionLine, Path logFile) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String details = versionLine + System.lineSeparator()
                + "Thread: " + thread.getName() + System.lineSeparator()
                + "Log file: " + logFile + System.lineSeparator() // not shown: details for developers, in the log
                + trace;
        return new CrashReport(summary(error), details, logFile);
    }

    /** The innermost cause's kind and message, in words a user can repeat to someone. */
    static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        String message = root.getMessage();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
