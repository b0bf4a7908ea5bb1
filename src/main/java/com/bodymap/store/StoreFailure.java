package com.bodymap.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why the results could not be saved or read, as a value the UI can word in its own way.
 * {@link #inWords()} gives the app's usual wording.
 */
public enum StoreFailure {
    /** The disk (or the user's quota) is full. */
    NO_SPACE("there is no space left on the disk"),
    /** The system refused access to the file or its folder. */
    PERMISSION_DENIED("permission denied"),
    /** The data folder, or a folder on its path, is a file. */
    NOT_A_FOLDER("the data folder's path leads to a file, not a folder"),
    /** The results path is a folder or a device, not a file. */
    NOT_A_FILE("the results path is not a regular file"),
    /** The disk is mounted read-only. */
    READ_ONLY_DISK("the disk is read-only"),
    /** Another Body Map window held the results folder for too long. */
    IN_USE("another Body Map window is busy with the results and did not finish in time"),
    /** The file was written by a newer Body Map, which this one must not write over. */
    NEWER_VERSION("the file was written by a newer version of Body Map"),
    /** The file could not be read, so nothing is written over it. */
    UNREADABLE("the results file could not be read, so Body Map will not write over it"),
    /** Anything else; the exception's cause says more. */
    OTHER("an unexpected error");

    private final String words;

    StoreFailure(String words) {
        this.words = words;
    }

    /** The reason in plain words, lower case, to follow "Reason: ". */
    public String inWords() {
        return words;
    }

    /** Classifies an I/O error by its type, then by the operating system's message. */
    public static StoreFailure of(IOException e) {
        String text = message(e);
        if (text.contains("no space left") || text.contains("quota exceeded") || text.contains("not enough space")
                || text.contains("disk full")) {
            return NO_SPACE;
        }
        if (text.contains("read-only file system")) {
            return READ_ONLY_DISK;
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")
                || text.contains("operation not permitted")) {
            return PERMISSION_DENIED;
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                || text.contains("not a directory")) {
            return NOT_A_FOLDER;
        }
        if (text.contains("is a directory") || text.contains("is a folder") || text.contains("not a regular file")) {
            return NOT_A_FILE;
        }
        if (e instanceof NoSuchFileException) {
            return NOT_A_FOLDER;
        }
        return OTHER;
    }

    private static String message(IOException e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
            if (t instanceof FileSystemException f && f.getReason() != null) {
                all.append(' ').append(f.getReason());
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
