package com.bodymap.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Writes a file completely or not at all, so a crash, a kill or a full disk at any moment leaves
 * either the old file or the new one, never half of one: the bytes go to a temporary file in the
 * same folder, are flushed and forced to disk, and only then renamed over the target. A failed
 * write leaves no temporary file behind; one left by a process that was killed is named
 * {@code .<name>-<random>.part} (see {@link #isTemporaryOf}), for its owner to clear away. Used for
 * the results history, saved PDF sheets and exported CSV files. {@link #append} adds a record to
 * the end of a file under the same promise: the record is there whole, or not at all.
 */
public final class AtomicFileWriter {

    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final UnaryOperator<OutputStream> streamWrapper;

    public AtomicFileWriter() {
        this(UnaryOperator.identity());
    }

    /** {@code streamWrapper} wraps the temporary file's stream; tests use it to fail mid-write. */
    public AtomicFileWriter(UnaryOperator<OutputStream> streamWrapper) {
        this.streamWrapper = streamWrapper;
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    public void write(Path target, byte[] data) throws IOException {
        write(target, out -> out.write(data));
    }

    /** Replaces {@code target}; its folder must exist (a user who picked a folder expects no new ones). */
    public void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
        }
        // Same folder as the target, so the rename never crosses file systems. Not
        // Files.createTempFile: that makes the file private (0600), and a saved PDF should get the
        // user's usual permissions.
        Path temp = folder.resolve("." + absolute.getFileName() + "-" + UUID.randomUUID() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = streamWrapper.apply(Channels.newOutputStream(channel));
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            replace(temp, absolute);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Whether {@code candidate} is a temporary file this writer made on the way to {@code target}. */
    public static boolean isTemporaryOf(Path candidate, Path target) {
        String name = candidate.getFileName().toString();
        return name.startsWith("." + target.getFileName() + "-") && name.endsWith(".part")
                && name.length() == target.getFileName().toString().length() + 2 + 36 + 5;
    }

    /**
     * Appends {@code record} at {@code wholeLength}, the end of the file's last whole record; any
     * bytes after that (a record cut off by a crash, never reported saved) are cut away first.
     * With {@code newlineFirst} a line break goes before the record, to end a last line that lacks
     * one. The record is forced to disk before this returns; if writing fails, the file is cut back
     * to {@code wholeLength}, so a full disk leaves no partial record.
     */
    public void append(Path target, long wholeLength, boolean newlineFirst, byte[] record) throws IOException {
        byte[] bytes = record;
        if (newlineFirst) {
            bytes = new byte[record.length + 1];
            bytes[0] = '\n';
            System.arraycopy(record, 0, bytes, 1, record.length);
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            if (channel.size() > wholeLength) {
                channel.truncate(wholeLength);
            }
            channel.position(wholeLength);
            try {
                // Not closed: closing the stream would close the channel before it is forced.
                OutputStream out = streamWrapper.apply(Channels.newOutputStream(channel));
                out.write(bytes);
                out.flush();
                channel.force(false);
            } catch (IOException e) {
                try {
                    channel.truncate(wholeLength);
                    channel.force(false);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
        }
    }

    /**
     * Replaces {@code target}, first creating its folder if need be and copying the version there
     * now to {@code <name>.bak} (itself written whole, through its own temporary file).
     */
    public void writeKeepingBackup(Path target, byte[] data) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        if (Files.isRegularFile(absolute)) {
            byte[] previous = Files.readAllBytes(absolute);
            new AtomicFileWriter().write(backupOf(absolute), previous);
        }
        write(absolute, data);
    }

    /** A sentence for the user saying why a file could not be written. */
    public static String explain(IOException e, Path target) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            reason = "the folder " + target.toAbsolutePath().getParent() + " does not exist";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return "Cannot write " + target + ": " + reason + ".";
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable on Linux and macOS; Windows cannot open a folder this way, and does not need to. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The data itself is already on disk; only the rename's durability is best effort here.
        }
    }
}
