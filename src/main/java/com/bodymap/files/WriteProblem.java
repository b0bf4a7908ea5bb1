package com.bodymap.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be written, as a value the window words: no space left, permission denied,
 * not a folder... The operating system's own words are kept, as {@link Reason#detail()}, only where
 * no plainer kind is known.
 */
public final class WriteProblem {

    /** The kinds of failure the user can act on. */
    public enum Kind { NO_SPACE, QUOTA, READ_ONLY, PERMISSION, NOT_A_FOLDER, NO_FOLDER, FOLDER_IN_PLACE, OTHER }

    /** A kind, and for {@link Kind#OTHER} the system's own words (or the failure's message). */
    public record Reason(Kind kind, String detail) {
    }

    private WriteProblem() {
    }

    /** The reason behind {@code failure} (or the first I/O error among its causes). */
    public static Reason of(Throwable failure) {
        IOException io = firstIoException(failure);
        if (io == null) {
            return new Reason(Kind.OTHER, failure == null ? null : failure.getMessage());
        }
        String os = osReason(io).toLowerCase(Locale.ROOT);
        if (os.contains("no space left") || os.contains("disk full") || os.contains("not enough space")) {
            return new Reason(Kind.NO_SPACE, null);
        }
        if (os.contains("quota")) {
            return new Reason(Kind.QUOTA, null);
        }
        if (os.contains("read-only file system")) {
            return new Reason(Kind.READ_ONLY, null);
        }
        if (io instanceof AccessDeniedException || os.contains("permission denied") || os.contains("access is denied")) {
            return new Reason(Kind.PERMISSION, null);
        }
        // createDirectories on a path through a regular file, or a file where the folder should be.
        if (io instanceof NotDirectoryException || io instanceof FileAlreadyExistsException || os.contains("not a directory")) {
            return new Reason(Kind.NOT_A_FOLDER, null);
        }
        if (io instanceof NoSuchFileException) {
            return new Reason(Kind.NO_FOLDER, null);
        }
        if (os.contains("is a folder") || os.contains("is a directory")) {
            return new Reason(Kind.FOLDER_IN_PLACE, null);
        }
        String plain = osReason(io);
        return new Reason(Kind.OTHER, plain.isBlank() ? io.getClass().getSimpleName() : plain);
    }

    private static IOException firstIoException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                return io;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static String osReason(IOException e) {
        if (e instanceof FileSystemException f) {
            return f.getReason() == null ? "" : f.getReason();
        }
        String msg = e.getMessage();
        return msg == null ? "" : msg.lines().findFirst().orElse(msg);
    }
}
