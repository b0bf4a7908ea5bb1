package com.bodymap.bench;

import com.bodymap.app.AppAssembly;
import com.bodymap.app.ContentPreload;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureSource;
import com.bodymap.model.RegionPart;
import com.bodymap.model.View;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.css.PseudoClass;
import javafx.scene.robot.Robot;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * Clicks every region of the real main window in turn, many times over, with real mouse clicks
 * (the JavaFX robot, through the window system), and times each from the moment the app receives
 * it to its page painted: the click's handlers plus every frame it causes (CSS, layout and
 * painting; the JavaFX thread waits for the painting), leaving out the idle wait for the next
 * 60 Hz frame tick.
 */
final class ClickRun {
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

    /** One click: its time to painted, the CPU time it cost, and how many frames did work for it. */
    record Click(double millis, double cpuMillis, int frames) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long renderThread = -1;
    private volatile long cpuAtClick;
    private volatile long cpuAtEnd;

    private final List<long[]> pulses = new ArrayList<>();
    private volatile boolean armed;
    private volatile long lastPulseEnd;
    private long pulseStart;
    private volatile long clickStart;
    private volatile long handlerEnd;
    private Robot robot;
    private int missed;

    /** Clicks that did not land on their region (a shape hidden under another): left out of the figures. */
    int missed() {
        return missed;
    }

    List<Click> run(int clicks, Path dataDir) throws Exception {
        System.setProperty("quantum.multithreaded", "false");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Stage[] stage = new Stage[1];
        List<RegionPart> parts = new ArrayList<>();
        onFx(() -> {
            ContentPreload.Loaded loaded = ContentPreload.load(ContentSource.bundled(), FigureSource.bundled());
            stage[0] = new Stage();
            new AppAssembly(loaded.content(), loaded.figures(), loaded.checks(), dataDir).showMainWindow(stage[0]);
            stage[0].setX(20);
            stage[0].setY(20);
            Scene scene = stage[0].getScene();
            robot = new Robot();
            renderThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
            // The click is timed from the moment the app receives it. Its handlers have all run by
            // the time the next queued task or frame starts, whichever comes first.
            scene.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
                if (armed) {
                    clickStart = System.nanoTime();
                    cpuAtClick = cpu();
                    Platform.runLater(() -> {
                        if (handlerEnd == 0) {
                            handlerEnd = System.nanoTime();
                        }
                    });
                }
            });
            scene.addPreLayoutPulseListener(() -> {
                pulseStart = System.nanoTime();
                if (armed && clickStart != 0 && handlerEnd == 0) {
                    handlerEnd = pulseStart;
                }
            });
            scene.addPostLayoutPulseListener(() -> {
                if (armed) {
                    long start = pulseStart;
                    // Runs once this pulse, painting included, is over.
                    Platform.runLater(() -> {
                        long end = System.nanoTime();
                        synchronized (pulses) {
                            pulses.add(new long[] {start, end});
                        }
                        lastPulseEnd = end;
                        cpuAtEnd = cpu();
                    });
                }
            });
            loaded.content().parts().stream().filter(p -> p.region().view() == View.FRONT).forEach(parts::add);
            loaded.content().parts().stream().filter(p -> p.region().view() == View.BACK).forEach(parts::add);
        });
        Thread.sleep(1500);
        List<Click> results = new ArrayList<>();
        missed = 0;
        View shown = null;
        for (int i = 0; i < clicks; i++) {
            RegionPart part = parts.get(i % parts.size());
            if (part.region().view() != shown) {
                shown = part.region().view();
                String button = shown == View.FRONT ? "#view-front" : "#view-back";
                onFx(() -> ((ButtonBase) stage[0].getScene().lookup(button)).fire());
                Thread.sleep(200);
            }
            Click c = click(stage[0].getScene(), part);
            if (c != null) {
                results.add(c);
            } else {
                missed++;
            }
        }
        onFx(() -> stage[0].close());
        Platform.exit();
        return results;
    }

    private Click click(Scene scene, RegionPart part) throws Exception {
        Node shape = scene.lookup("#" + part.id());
        Point2D[] at = new Point2D[1];
        onFx(() -> {
            at[0] = pointInside(shape);
            if (at[0] != null) {
                robot.mouseMove(at[0]);
            }
        });
        if (at[0] == null) {
            return null;
        }
        // Let the hover (and its status-bar line) settle before the click is timed.
        Thread.sleep(80);
        synchronized (pulses) {
            pulses.clear();
        }
        clickStart = 0;
        handlerEnd = 0;
        armed = true;
        onFx(() -> robot.mouseClick(MouseButton.PRIMARY));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline) {
            Thread.sleep(5);
            boolean any;
            synchronized (pulses) {
                any = !pulses.isEmpty();
            }
            if (any && handlerEnd != 0 && System.nanoTime() - lastPulseEnd > QUIET_NANOS) {
                break;
            }
        }
        armed = false;
        Thread.sleep(20);
        boolean[] selected = new boolean[1];
        onFx(() -> selected[0] = shape.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")));
        if (!selected[0] || clickStart == 0) {
            return null;
        }
        long work = handlerEnd - clickStart;
        int frames = 0;
        synchronized (pulses) {
            for (long[] p : pulses) {
                if (p[0] >= clickStart) {
                    work += p[1] - p[0];
                    // Frame ticks that only run a control's timer (a tooltip's delay) do no work for the page.
                    if (p[1] - p[0] >= 1_000_000) {
                        frames++;
                    }
                }
            }
        }
        if (System.getenv("BODYMAP_BENCH_DEBUG") != null) {
            StringBuilder b = new StringBuilder(part.id() + String.format(" handler %.1f;", (handlerEnd - clickStart) / 1e6));
            synchronized (pulses) {
                for (long[] p : pulses) {
                    b.append(String.format(" [%.1f +%.1f]", (p[0] - clickStart) / 1e6, (p[1] - p[0]) / 1e6));
                }
            }
            System.err.println(b);
        }
        return new Click(work / 1e6, (cpuAtEnd - cpuAtClick) / 1e6, frames);
    }

    /** CPU time of the JavaFX thread (the caller) and the render thread together. */
    private long cpu() {
        long render = renderThread < 0 ? 0 : THREADS.getThreadCpuTime(renderThread);
        return THREADS.getCurrentThreadCpuTime() + Math.max(0, render);
    }

    /** A point on screen inside the shape and on top of it, nearest its centre; null if none. */
    private static Point2D pointInside(Node shape) {
        Bounds b = shape.getBoundsInLocal();
        Point2D best = null;
        double bestDistance = Double.MAX_VALUE;
        double cx = b.getCenterX();
        double cy = b.getCenterY();
        for (int i = 1; i < 16; i++) {
            for (int j = 1; j < 16; j++) {
                double x = b.getMinX() + b.getWidth() * i / 16;
                double y = b.getMinY() + b.getHeight() * j / 16;
                double d = Math.hypot(x - cx, y - cy);
                if (d < bestDistance && shape.contains(x, y) && shape.contains(x + 2, y) && shape.contains(x - 2, y)
                        && shape.contains(x, y + 2) && shape.contains(x, y - 2)) {
                    Point2D scenePoint = shape.localToScene(x, y);
                    javafx.scene.Node picked = pick(shape.getScene().getRoot(), scenePoint);
                    if (picked == shape) {
                        best = shape.localToScreen(x, y);
                        bestDistance = d;
                    }
                }
            }
        }
        return best;
    }

    /** The topmost mouse-visible leaf at a scene point, as a click would find it. */
    private static javafx.scene.Node pick(javafx.scene.Node node, Point2D scenePoint) {
        if (!node.isVisible() || node.isMouseTransparent()) {
            return null;
        }
        Point2D local = node.sceneToLocal(scenePoint);
        if (node instanceof javafx.scene.Parent parent && !(node instanceof javafx.scene.shape.Shape)) {
            var children = parent.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                javafx.scene.Node hit = pick(children.get(i), scenePoint);
                if (hit != null) {
                    return hit;
                }
            }
            return null;
        }
        return node.contains(local) ? node : null;
    }

    /** Runs on the JavaFX thread and waits for it; rethrows what it threw. */
    static void onFx(ThrowingRunnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Exception[] failure = new Exception[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer in 30 s");
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
