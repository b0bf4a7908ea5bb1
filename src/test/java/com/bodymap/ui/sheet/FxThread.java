package com.bodymap.ui.sheet;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** Runs test code on the JavaFX thread (headless Monocle in the build), waiting for it. */
public final class FxThread {
    private static boolean started;

    private FxThread() {
    }

    public interface Body {
        void run() throws Exception;
    }

    public static synchronized void start() {
        if (!started) {
            try {
                // Started the TestFX way, so TestFX tests that run later in the same JVM find the
                // toolkit in the state they expect (Platform.startup here broke their clicks).
                FxToolkit.registerPrimaryStage();
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("the JavaFX toolkit did not start", e);
            }
            Platform.setImplicitExit(false);
            started = true;
        }
    }

    /**
     * Waits until the background thread and the JavaFX thread have both run out of work: a Task's
     * outcome reaches the JavaFX thread later, and may start the next task (load, then show a page).
     */
    public static void settle(java.util.concurrent.ExecutorService background) throws Exception {
        for (int round = 0; round < 6; round++) {
            background.submit(() -> { }).get(60, TimeUnit.SECONDS);
            run(() -> { });
        }
    }

    public static void run(Body body) throws Exception {
        start();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                body.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            done.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw (Error) e.getCause();
        }
    }
}
