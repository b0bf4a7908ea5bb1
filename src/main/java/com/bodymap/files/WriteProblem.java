package com.bodymap.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be written, in plain words for the user: "no space left on the disk",
 * "permission denied", "not a folder". The operating system's own words are kept only where no
 * plainer ones are known.
 */
public final class WriteProblem {

    private WriteProblem() {
    }

    /** The reason behind {@code failure} (or the first I/O error among its causes). */
    public static String reason(Throwable failure) {
        IOException io = firstIoException(failure);
        if (io == null) {
            return failure == null || failure.getMessage() == null ? "an unexpected error" : failure.getMessage();
        }
        String os = osReason(io).toLowerCase(Locale.ROOT);
        if (os.contains("no space left") || os.contains("disk full") || os.contains("not enough space")) {
            return "no space left on the disk";
        }
        if (os.contains("quota")) {
            return "your disk quota is used up";
        }
        if (os.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (io instanceof AccessDeniedException || os.contains("permission denied") || os.contains("access is denied")) {
            return "permission denied: Body Map may not write there";
        }
        // createDirectories on a path through a regular file, or a file where the folder should be.
        if (io instanceof NotDirectoryException || io instanceof FileAlreadyExistsException || os.contains("not a directory")) {
            return "not a folder: something on the way there is a file, where a folder should be";
        }
        if (io instanceof NoSuchFileException) {
            return "a folder on the way there does not exist";
        }
        if (os.contains("is a folder") || os.contains("is a directory")) {
            return "there is a folder where the file should be";
        }
        String plain = osReason(io);
        return plain.isBlank() ? io.getClass().getSimpleName() : plain;
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
