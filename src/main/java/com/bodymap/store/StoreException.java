package com.bodymap.store;

import java.nio.file.Path;

/**
 * Saving or reading failed. {@link #reason()} says why as a value and {@link #path()} names the
 * file; the message is written for the user: what failed, the path on a line of its own, the
 * reason in plain words and what was kept.
 */
public class StoreException extends Exception {
    private final StoreFailure reason;
    private final transient Path path;

    public StoreException(StoreFailure reason, Path path, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.path = path;
    }

    public StoreException(String message, Throwable cause) {
        this(StoreFailure.OTHER, null, message, cause);
    }

    public StoreException(String message) {
        this(StoreFailure.OTHER, null, message, null);
    }

    /** Why it failed. */
    public StoreFailure reason() {
        return reason;
    }

    /** The file or folder concerned; null when none is. */
    public Path path() {
        return path;
    }
}
