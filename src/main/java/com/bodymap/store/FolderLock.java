package com.bodymap.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds the results folder for one read or write, so two Body Map windows (two processes, or two
 * stores in one process) never read a half-written line or write at the same time. The lock is an
 * operating-system lock on {@value #FILE_NAME}, which the system frees if the process dies; that
 * file is never deleted, because deleting a lock file lets two holders in.
 */
final class FolderLock implements AutoCloseable {
    static final String FILE_NAME = "results.lock";

    /*
     * An OS file lock belongs to the whole process, and Java refuses a second lock on the same file
     * from one process, so stores in one JVM first queue on a lock of their own per folder. A static
     * map, because that is the scope of the OS lock it stands for.
     */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits up to {@code patience} for the folder. Throws {@link LockTimeout} when another holder
     * keeps it longer, and the I/O error when the lock file cannot be opened (a read-only folder).
     */
    static FolderLock acquire(Path folder, Duration patience) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            if (!local.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LockTimeout();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeout();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // only possible if the same folder was reached by two spellings
                }
                if (lock != null) {
                    return new FolderLock(local, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new LockTimeout();
                }
                Thread.sleep(15);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            throw e;
        } catch (InterruptedException e) {
            closeQuietly(channel);
            local.unlock();
            Thread.currentThread().interrupt();
            throw new LockTimeout();
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it too.
        } finally {
            closeQuietly(channel);
            local.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was written through it.
            }
        }
    }

    /** Another holder kept the folder longer than the caller would wait. */
    static final class LockTimeout extends IOException {
        LockTimeout() {
            super("the results folder is held by another Body Map window");
        }
    }
}
