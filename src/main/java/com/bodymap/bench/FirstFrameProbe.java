package com.bodymap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The benchmark's hook in a started program: when {@value #PROPERTY} is set (to a settle time in
 * milliseconds), it prints the wall-clock time of the main window's first frame, waits, prints the
 * process's peak resident memory, and exits. Unset, it does nothing.
 */
public final class FirstFrameProbe {
    public static final String PROPERTY = "bodymap.bench.probe";
    static final String FRAME = "BENCH first-frame-epoch-ms=";
    static final String RSS = "BENCH peak-rss-kb=";
    static final String CPU = "BENCH cpu-ms=";

    private FirstFrameProbe() {
    }

    public static void installIfAsked(Scene scene) {
        String settle = System.getProperty(PROPERTY);
        if (settle == null || scene == null) {
            return;
        }
        long settleMillis = Long.parseLong(settle);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // Run after this pulse, which (with quantum.multithreaded=false) includes painting the frame.
            Platform.runLater(() -> {
                System.out.println(FRAME + System.currentTimeMillis());
                System.out.println(CPU + ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L));
                Thread t = new Thread(() -> finish(settleMillis), "bench-probe");
                t.setDaemon(true);
                t.start();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void finish(long settleMillis) {
        try {
            Thread.sleep(settleMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println(RSS + peakRssKb());
        System.out.flush();
        // exit, not halt: a training run for the class-data archive writes it at exit.
        System.exit(0);
    }

    /** VmHWM from /proc (Linux); -1 elsewhere. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
