package com.bodymap.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * Replaces a file so that a crash, a kill or a full disk at any moment leaves either the old file
 * or the new one, never half of one: the bytes go to a temporary file in the same folder, are
 * flushed and forced to disk, and only then renamed over the target. The previous version is kept
 * beside it as {@code <name>.bak}.
 */
public final class AtomicFileWriter {
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
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Same folder as the target, so the final rename never crosses file systems.
        Path temp = Files.createTempFile(folder, target.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = streamWrapper.apply(Channels.newOutputStream(channel));
                out.write(data);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(target)) {
                keepBackup(target, folder);
            }
            replace(temp, target);
            moved = true;
            forceFolder(folder);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /** Copies the current file to .bak through its own temporary file, so the backup is never half written either. */
    private static void keepBackup(Path target, Path folder) throws IOException {
        Path temp = Files.createTempFile(folder, target.getFileName() + ".bak.", ".tmp");
        boolean moved = false;
        try {
            Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            replace(temp, backupOf(target));
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
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

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A stray .tmp file is harmless; the real error is already on its way to the caller.
        }
    }
}
