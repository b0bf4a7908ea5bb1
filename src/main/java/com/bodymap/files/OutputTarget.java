package com.bodymap.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Decides whether a file the user named may be written. Only an ordinary file is ever replaced:
 * the rename that writes a file whole would otherwise replace a symbolic link, a named pipe or a
 * device itself (as root, {@code /dev/null}). A read-only file is replaced only when the user says
 * so ({@code --force} on the command line; the save dialog's own question in the window).
 */
public final class OutputTarget {
    private OutputTarget() {
    }

    /** Throws a {@link FileSystemException} whose reason says in plain words why {@code target} is refused. */
    public static void check(Path target, boolean replaceReadOnly) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return; // a new file; whether its folder exists is the writer's concern
        }
        if (attrs.isSymbolicLink()) {
            throw refused(target, Refusal.LINK);
        }
        if (attrs.isDirectory()) {
            throw refused(target, Refusal.FOLDER);
        }
        if (!attrs.isRegularFile()) {
            throw refused(target, Refusal.NOT_ORDINARY);
        }
        if (!replaceReadOnly && readOnly(target)) {
            throw refused(target, Refusal.READ_ONLY);
        }
    }

    /** Read-only for its user: no write permission, or (as root, who may write anything) no write bit at all. */
    static boolean readOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> perms = Files.readAttributes(file, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).permissions();
            return !perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                    && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** Why a file is not replaced, for callers that word it in the user's language. */
    public enum Refusal {
        LINK("it is a symbolic link, which is not replaced; give the path of an ordinary file"), // not shown: for logs
        FOLDER("is a folder"),
        NOT_ORDINARY("it is not an ordinary file (a device, a pipe or a socket), so it is not replaced"), // not shown: for logs
        READ_ONLY("the file is read-only; add --force to replace it"); // not shown: for logs

        private final String english;

        Refusal(String english) {
            this.english = english;
        }
    }

    /** The refusal, typed; its reason is the English wording, for logs. */
    public static final class RefusedException extends FileSystemException {
        private final Refusal refusal;

        RefusedException(Path target, Refusal refusal) {
            super(target.toString(), null, refusal.english);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private static FileSystemException refused(Path target, Refusal refusal) {
        return new RefusedException(target, refusal);
    }
}
