package com.bodymap.store;

/** Saving failed. The message is written for the user: it names the file and says what was kept. */
public class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
