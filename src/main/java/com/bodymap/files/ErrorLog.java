package com.bodymap.files;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where the details of an unexpected error (a bug, not a user's mistake) are kept, so the user
 * sees one plain line that says where they are, never a stack trace.
 */
@FunctionalInterface
public interface ErrorLog {

    /** Keeps the details of {@code error} and says where: the file, or why they could not be kept. */
    Where record(Throwable error);

    /**
     * Where an error's details went: {@code file}, or null with {@code failure} naming why they
     * could not be saved (the kind of I/O error). The caller words it in the user's language.
     */
    record Where(java.nio.file.Path file, String failure) {
        public static Where in(java.nio.file.Path file) {
            return new Where(file, null);
        }

        /** In English, for logs and tests: "details are in FILE". */
        @Override
        public String toString() {
            return file != null ? "details are in " + file : "its details could not be saved (" + failure + ")"; // not shown: English for logs
        }
    }

    /**
     * Each error's details in a file of their own in the temporary folder: the fallback where the
     * app's log (log.LoggedErrors) cannot be written.
     */
    static ErrorLog standard() {
        return inFolder(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Writes each error's details to a new file in {@code folder}. */
    static ErrorLog inFolder(Path folder) {
        return error -> {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
            try {
                Path file = Files.createTempFile(folder, "body-map-error-" + stamp + "-", ".txt");
                Files.writeString(file, "Body Map internal error at " + LocalDateTime.now() + "\n" + trace, // not shown: English for logs
                        StandardCharsets.UTF_8);
                return Where.in(file);
            } catch (IOException | RuntimeException e) {
                return new Where(null, e.getClass().getSimpleName());
            }
        };
    }

    /** One line naming the error without its trace: "NullPointerException in ContentValidator". */
    static String summary(Throwable error) {
        StackTraceElement[] at = error.getStackTrace();
        String where = at.length == 0 ? "" : " in " + at[0].getClassName().substring(at[0].getClassName().lastIndexOf('.') + 1);
        return error.getClass().getSimpleName() + where;
    }
}
