package com.bodymap.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A random-input soak of the real main window (issue 13): at least 10,000 random events with a
 * fixed seed — clicks anywhere in whichever window is on top, zoom (Ctrl with +, - and 0, Ctrl
 * with the wheel), keys and shortcuts (flips, the
 * library, sources, safety, the wizard, history, print dialogs), typing into whatever has focus
 * (search words, numbers, garbage, very long text), scrolling, Escape to cancel dialogs. It fails
 * on any uncaught exception on any thread, on any window showing a stack trace, and on heap growth
 * beyond {@link #HEAP_BOUND_MB} after garbage collection. It runs in a JVM of its own (tag "soak",
 * see the pom) that clears soft references at every collection: JavaFX keeps images and textures
 * softly, and without that the heap looks as if it grew by 30 to 50 MB over a few thousand events
 * (measured flat with it: 85 MB at the start, 77 MB after 3,000 events). TestFX's own record of
 * every event on its stage is cleared as the soak goes (see forgetTestFxEvents).
 *
 * <p>Events go through JavaFX's own robot, as real input events. Three commands are kept out: Quit
 * (it would end the test's JavaFX), and the native file and print dialogs ("Save as PDF…",
 * "Print…"), which a headless test cannot answer; their JavaFX-side paths have their own tests.
 * Reached by the keyboard, they are stopped too (see keepOutNativeDialogs). Before the heap is
 * first measured, the windows and caches the app builds once and keeps are built (see
 * warmUpWhatTheAppKeeps), so the bound is on what grows, not on what the events reach first.
 * {@code -Dbodymap.soak.events=N} and {@code -Dbodymap.soak.seed=S} run a longer or different
 * soak (see the README).
 */
@Tag("soak")
@ExtendWith(ApplicationExtension.class)
class RandomInputSoakUITest {
    static final int EVENTS = Integer.getInteger("bodymap.soak.events", 10_000);
    static final long SEED = Long.getLong("bodymap.soak.seed", 13L);
    /** The most the heap may grow, after GC, between the warmed-up start and the end. */
    static final long HEAP_BOUND_MB = 64;
    /** Events sent before the app is given time to catch up (and to repaint). */
    static final int BATCH = Integer.getInteger("bodymap.soak.batch", 8);
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(Exception|Error)(:|\\b)|\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\.java:\\d+\\)");
    private static final List<String> NOT_CLICKED = List.of("Save as PDF", "Print\u2026", "_Quit", "Quit");
    private static final KeyCode[] KEYS = {KeyCode.TAB, KeyCode.TAB, KeyCode.ENTER, KeyCode.SPACE, KeyCode.ESCAPE,
        KeyCode.UP, KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.F, KeyCode.HOME, KeyCode.END,
        KeyCode.PAGE_DOWN, KeyCode.PAGE_UP, KeyCode.BACK_SPACE, KeyCode.DELETE, KeyCode.F1, KeyCode.A, KeyCode.DIGIT4,
        KeyCode.MINUS, KeyCode.PERIOD};
    /** Shortcuts: flip, find, map, library, compare, history, print sheets, sources, and back to the map. */
    private static final KeyCode[] SHORTCUTS = {KeyCode.B, KeyCode.F, KeyCode.M, KeyCode.L, KeyCode.T, KeyCode.H,
        KeyCode.P, KeyCode.W};
    private static final String[] WORDS = {"low back", "glute", "calf", "neck", "knee", "it band", "quad", "hip",
        "12", "-3", "4.5", "0", "1e999", "NaN", "-0", "999999999999", "abc", "½", "٣", "12,5", " ", "\u200b",
        "🦵", "x".repeat(300), "'; DROP TABLE", "%s%n", "\\u0000", "45°", "ä", "NaN NaN", "Infinity", "--", "0x1F"};

    private final List<String> uncaught = new CopyOnWriteArrayList<>();
    private final List<String> knownJavaFxFaults = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private Stage stage;
    private Robot robot;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        MainWindowFixture.openFresh(stage);
        // Near the smallest size the window allows: less to repaint after each event, and the
        // layouts most likely to break.
        stage.setWidth(860);
        stage.setHeight(600);
    }

    @Test
    void randomEventsNeverCrashLeakOrShowAStackTrace() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> record(t, e));
        onFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> record(t, e));
            robot = new Robot();
            disableQuit();
            keepOutNativeDialogs();
        });
        Random random = new Random(SEED);
        int warmUp = Math.min(500, EVENTS / 10);
        long startHeap = 0;
        long started = System.nanoTime();
        for (int i = 0; i < EVENTS; i += BATCH) {
            if (i >= warmUp && startHeap == 0) {
                warmUpWhatTheAppKeeps();
                closeOtherWindows();
                startHeap = usedHeapAfterGc();
                histogram("start");
                dumpHeap("start");
            }
            // A few events are sent together, then the app catches up, as with a quick user.
            List<Runnable> batch = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (int j = 0; j < BATCH && i + j < EVENTS; j++) {
                kinds.add(nextEvent(random, batch));
            }
            onFx(() -> batch.forEach(Runnable::run));
            settle();
            kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
            int at = i;
            if (!uncaught.isEmpty()) {
                fail("uncaught exception in events " + at + " to " + (at + BATCH) + " " + kinds + " (seed " + SEED + "):\n"
                        + uncaught.get(0));
            }
            if (i % (4 * BATCH) == 0) {
                String shown = stackTraceOnScreen();
                assertTrue(shown == null, () -> "a window shows a stack trace after events " + at + " " + kinds + ": " + shown);
            }
            if (i % 400 >= 400 - BATCH) {
                closeOtherWindows(); // a user closes windows now and then; keeps the pile of windows bounded
            }
            if (startHeap > 0 && i % (EVENTS / 4) < BATCH && i > warmUp) {
                System.out.printf("Soak: after %d events, heap after GC %d MB%n", i, usedHeapAfterGc() / (1024 * 1024));
            }
        }
        closeOtherWindows();
        long endHeap = usedHeapAfterGc();
        histogram("end");
        dumpHeap("end");
        long growthMb = (endHeap - startHeap) / (1024 * 1024);
        System.out.printf("Soak: %d events (seed %d) in %.0f s; heap after GC %d MB -> %d MB (growth %d MB, bound %d MB); %s%n",
                EVENTS, SEED, (System.nanoTime() - started) / 1e9, startHeap / (1024 * 1024), endHeap / (1024 * 1024),
                growthMb, HEAP_BOUND_MB, counts);
        System.out.println("Soak: CPU seconds by thread " + cpuByThread());
        assertTrue(uncaught.isEmpty(), () -> "uncaught: " + uncaught);
        assertTrue(growthMb <= HEAP_BOUND_MB, "the heap grew by " + growthMb + " MB");
    }

    /**
     * Builds, before the heap is first measured, what the app builds once and then keeps for as
     * long as it runs, so the heap check measures leaks rather than when the random events happen
     * to first reach these (issue 13's measurements: the sources window alone is about 50 MB, the
     * region pages up to 20 MB): the reading windows built on first use and kept (the library, the
     * sources, "Before you roll", a card), the region page cache filled to its size (it keeps the
     * last {@code PageCache.KEPT} pages; their sizes differ by about a megabyte each), a sheet preview
     * (PDFBox loads its font tables once), the comparison wizard and the results history.
     */
    private void warmUpWhatTheAppKeeps() throws Exception {
        MainWindow main = (MainWindow) stage.getScene().getRoot();
        List<String> parts = main.map().content().parts().stream().map(p -> p.id()).toList();
        for (int k = 0; k < parts.size(); k += Math.max(1, parts.size() / 16)) {
            String part = parts.get(k);
            onFx(() -> main.map().select(part));
            settle();
        }
        KeyCode[][] windows = {{KeyCode.L}, {KeyCode.S, KeyCode.SHIFT}, {KeyCode.F1, null}, {KeyCode.T}, {KeyCode.H}};
        for (KeyCode[] w : windows) {
            closeOtherWindows();
            onFx(stage::requestFocus);
            onFx(() -> press(w[0], w.length > 1 && w[1] == KeyCode.SHIFT, w.length == 1 || w[1] != null));
            pause(1500);
        }
        closeOtherWindows();
        onFx(() -> stage.getScene().getRoot().lookupAll(".hyperlink").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("instead-card-") || n.getId() != null && n.getId().startsWith("tool-card-"))
                .findFirst().ifPresent(n -> ((javafx.scene.control.Hyperlink) n).fire()));
        pause(1500);
        // A sheet: the region page's own sheet in its preview, which renders it.
        closeOtherWindows();
        onFx(() -> stage.getScene().getRoot().lookupAll("#action-print-sheet").stream().findFirst()
                .ifPresent(n -> ((javafx.scene.control.ButtonBase) n).fire()));
        pause(4000);
        closeOtherWindows();
        onFx(() -> press(KeyCode.M, false, true));
        settle();
    }

    /** Lets background work (a page being rendered, a window being built) finish, the JavaFX thread answering. */
    private static void pause(long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            settle();
            Thread.sleep(100);
        }
    }

    /** Picks one random event, adds it to {@code batch} (run on the JavaFX thread) and returns its kind. */
    private String nextEvent(Random random, List<Runnable> batch) {
        int roll = random.nextInt(100);
        if (roll < 34) {
            double fx = random.nextDouble();
            double fy = random.nextDouble();
            boolean secondary = random.nextInt(12) == 0;
            batch.add(() -> click(fx, fy, secondary ? MouseButton.SECONDARY : MouseButton.PRIMARY));
            return "click";
        }
        if (roll < 58) {
            KeyCode key = KEYS[random.nextInt(KEYS.length)];
            boolean shift = random.nextInt(5) == 0;
            batch.add(() -> press(key, shift, false));
            return "key";
        }
        if (roll < 70) {
            KeyCode key = SHORTCUTS[random.nextInt(SHORTCUTS.length)];
            boolean sources = key == KeyCode.P && random.nextBoolean();
            batch.add(() -> press(sources ? KeyCode.S : key, sources, true));
            return "shortcut";
        }
        if (roll < 85) {
            String text = random.nextInt(4) == 0 ? garbage(random) : WORDS[random.nextInt(WORDS.length)];
            batch.add(() -> type(text));
            return "typing";
        }
        if (roll < 91) {
            int amount = random.nextInt(11) - 5;
            double fx = random.nextDouble();
            double fy = random.nextDouble();
            batch.add(() -> {
                Window top = topWindow();
                robot.mouseMove(top.getX() + fx * top.getWidth(), top.getY() + fy * top.getHeight());
                robot.mouseWheel(amount);
            });
            return "scroll";
        }
        if (roll < 94) {
            batch.add(() -> press(KeyCode.B, false, true));
            return "flip";
        }
        if (roll < 98) {
            // Zoom: Ctrl and +, - or 0, or Ctrl with the wheel somewhere on the window.
            int how = random.nextInt(4);
            int amount = random.nextInt(7) - 3;
            double fx = random.nextDouble();
            double fy = random.nextDouble();
            batch.add(() -> {
                if (how < 3) {
                    press(new KeyCode[] {KeyCode.PLUS, KeyCode.MINUS, KeyCode.DIGIT0}[how], false, true);
                    return;
                }
                Window top = topWindow();
                robot.mouseMove(top.getX() + fx * top.getWidth(), top.getY() + fy * top.getHeight());
                robot.keyPress(KeyCode.CONTROL);
                robot.mouseWheel(amount);
                robot.keyRelease(KeyCode.CONTROL);
            });
            return "zoom";
        }
        batch.add(() -> press(KeyCode.ESCAPE, false, false));
        return "escape";
    }

    /**
     * Records an uncaught exception. One kind is JavaFX's own and is printed, not failed on: an
     * IndexOutOfBoundsException thrown inside VirtualFlow's cell-size bookkeeping with no frame of
     * the app's code between it and the event loop (a family of upstream bugs, e.g. JDK-8311983,
     * JDK-8311185). It was seen twice, both times around events 9,160 to 9,168 of seed 13 on a
     * loaded machine, and not when the same soak was rerun alone.
     */
    private void record(Thread t, Throwable e) {
        String text = trace(e);
        if (e instanceof IndexOutOfBoundsException && text.contains("javafx.scene.control.skin.VirtualFlow")
                && !text.contains("com.bodymap.")) {
            knownJavaFxFaults.add(t.getName() + ": " + text);
            System.out.println("Soak: JavaFX's own VirtualFlow fault, printed and not failed on:\n" + text);
            return;
        }
        uncaught.add(t.getName() + ": " + text);
    }

    private void click(double fx, double fy, MouseButton button) {
        Window top = topWindow();
        double x = top.getX() + fx * top.getWidth();
        double y = top.getY() + fy * top.getHeight();
        if (excluded(labelAt(top.getScene(), x, y))) {
            return;
        }
        robot.mouseMove(x, y);
        robot.mouseClick(button);
    }

    /** An excluded command, its label read as shown (a mnemonic's underscore dropped: "_Save as PDF…"). */
    private static boolean excluded(String label) {
        return label != null && NOT_CLICKED.stream().anyMatch(label.replace("_", "")::startsWith);
    }

    private void press(KeyCode key, boolean shift, boolean shortcut) {
        // Space and Enter fire the focused button: keep them off the excluded commands too.
        if (!shortcut && (key == KeyCode.SPACE || key == KeyCode.ENTER) && topWindow().getScene() != null
                && topWindow().getScene().getFocusOwner() instanceof Labeled focused && excluded(focused.getText())) {
            return;
        }
        if (shortcut) {
            robot.keyPress(KeyCode.CONTROL);
        }
        if (shift) {
            robot.keyPress(KeyCode.SHIFT);
        }
        robot.keyType(key);
        if (shift) {
            robot.keyRelease(KeyCode.SHIFT);
        }
        if (shortcut) {
            robot.keyRelease(KeyCode.CONTROL);
        }
    }

    /** Types what a keyboard can: letters, digits, space and a few marks; other characters become key presses. */
    private void type(String text) {
        text.codePoints().limit(40).forEach(cp -> {
            KeyCode code = keyFor(cp);
            if (code != null) {
                press(code, Character.isUpperCase(cp), false);
            }
        });
    }

    private static KeyCode keyFor(int cp) {
        if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z') {
            return KeyCode.getKeyCode(String.valueOf((char) Character.toUpperCase(cp)));
        }
        if (cp >= '0' && cp <= '9') {
            return KeyCode.getKeyCode(String.valueOf((char) cp));
        }
        return switch (cp) {
            case ' ' -> KeyCode.SPACE;
            case '-' -> KeyCode.MINUS;
            case '.' -> KeyCode.PERIOD;
            case ',' -> KeyCode.COMMA;
            case ';' -> KeyCode.SEMICOLON;
            case '\'' -> KeyCode.QUOTE;
            case '\\' -> KeyCode.BACK_SLASH;
            case '%' -> KeyCode.DIGIT5;
            default -> KeyCode.SLASH;
        };
    }

    private static String garbage(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            b.append((char) (32 + random.nextInt(95)));
        }
        return b.toString();
    }

    /** The window a user would be looking at: the focused one, else the newest showing one. */
    private Window topWindow() {
        List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
        return showing.stream().filter(Window::isFocused).reduce((a, b) -> b)
                .orElse(showing.isEmpty() ? stage : showing.get(showing.size() - 1));
    }

    /** The text of the labelled control under a screen point, to keep a click off the excluded commands. */
    private static String labelAt(Scene scene, double screenX, double screenY) {
        if (scene == null) {
            return null;
        }
        Node hit = deepest(scene.getRoot(), screenX, screenY);
        for (Node n = hit; n != null; n = n.getParent()) {
            if (n instanceof Labeled l && l.getText() != null) {
                return l.getText();
            }
            if (n.getProperties().get(MenuItem.class) instanceof MenuItem item && item.getText() != null) {
                return item.getText();
            }
        }
        return null;
    }

    private static Node deepest(Node node, double screenX, double screenY) {
        if (!node.isVisible()) {
            return null;
        }
        Point2D local = node.screenToLocal(screenX, screenY);
        if (local == null || !node.contains(local)) {
            return null;
        }
        if (node instanceof Parent p) {
            List<Node> children = p.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node hit = deepest(children.get(i), screenX, screenY);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return node;
    }

    /**
     * The keyboard reaches the left-out commands too (Tab to "Save as PDF…", then Space; Ctrl+P in
     * the preview): in every window, their buttons' actions and the preview's print key are stopped
     * before they run. Headless, "Save as PDF…" throws from Monocle's missing file chooser (a real
     * desktop has one), and Print skips its dialog and sends the sheet to the first printer, with
     * a 35 MB image a page that JavaFX's print pipeline keeps until it next prints.
     */
    private void keepOutNativeDialogs() {
        Window.getWindows().addListener((javafx.collections.ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::keepOutNativeDialogs);
            }
        });
        Window.getWindows().forEach(this::keepOutNativeDialogs);
    }

    private void keepOutNativeDialogs(Window window) {
        javafx.event.EventHandler<javafx.event.ActionEvent> filter = e -> {
            if (e.getTarget() instanceof javafx.scene.control.ButtonBase b && excluded(b.getText())) {
                e.consume();
                counts.merge("native dialog (left out)", 1, Integer::sum);
            }
        };
        window.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.P && e.isShortcutDown() && window instanceof Stage s
                    && s.getTitle() != null && s.getTitle().startsWith("Print or save")) {
                e.consume();
                counts.merge("native dialog (left out)", 1, Integer::sum);
            }
        });
        if (window.getScene() != null) {
            window.getScene().addEventFilter(javafx.event.ActionEvent.ACTION, filter);
        }
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(javafx.event.ActionEvent.ACTION, filter);
            }
        });
    }

    /** Quit ends JavaFX for the whole test JVM; the soak leaves it out. */
    private void disableQuit() {
        Scene scene = stage.getScene();
        for (Node bar : scene.getRoot().lookupAll(".menu-bar")) {
            for (Menu menu : ((MenuBar) bar).getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item.getText() != null && item.getText().replace("_", "").equals("Quit")) {
                        item.setOnAction(e -> counts.merge("quit (left out)", 1, Integer::sum));
                    }
                }
            }
        }
    }

    /** The first text on screen that looks like a stack trace, or null. */
    private String stackTraceOnScreen() throws Exception {
        List<String> found = new ArrayList<>();
        onFx(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    scan(w.getScene().getRoot(), found);
                }
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private static void scan(Node node, List<String> found) {
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t ? t.getText()
                : node instanceof TextInputControl c ? c.getText() : null;
        if (text != null && STACK_TRACE.matcher(text).find()) {
            found.add(text.length() > 300 ? text.substring(0, 300) : text);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                scan(child, found);
            }
        }
    }

    /**
     * TestFX keeps every event fired on its primary stage, for its failure reports; over thousands
     * of events those (and the closed pages their targets pin) would look like a leak of the app.
     * Registering the stage again starts a fresh, empty record.
     */
    private void forgetTestFxEvents() {
        FxToolkit.toolkitContext().setRegisteredStage(FxToolkit.toolkitContext().getRegisteredStage());
    }

    private void closeOtherWindows() throws Exception {
        forgetTestFxEvents();
        for (int round = 0; round < 5; round++) {
            List<Window> others = new ArrayList<>();
            onFx(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).forEach(others::add));
            if (others.isEmpty()) {
                return;
            }
            onFx(() -> others.forEach(Window::hide));
            settle();
        }
    }

    private static Map<String, Long> cpuByThread() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
            long nanos = threads.getThreadCpuTime(id);
            if (info != null && nanos > 500_000_000L) {
                cpu.put(info.getThreadName(), nanos / 1_000_000_000L);
            }
        }
        return cpu;
    }

    /** With -Dbodymap.soak.histogram=true, the biggest classes on the heap, to find what grows. */
    private static void histogram(String when) {
        if (!Boolean.getBoolean("bodymap.soak.histogram")) {
            return;
        }
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            System.out.println("Soak: heap histogram at the " + when + ":\n"
                    + String.join("\n", String.valueOf(text).lines().limit(Integer.getInteger("bodymap.soak.histogram.lines", 45)).toList()));
        } catch (Exception e) {
            System.out.println("Soak: no histogram: " + e);
        }
    }

    /**
     * With -Dbodymap.soak.dump=FILE.hprof, heap dumps of live objects at the start and the end
     * (FILE-start.hprof, FILE-end.hprof), to compare them and see what keeps what.
     */
    private static void dumpHeap(String when) {
        String name = System.getProperty("bodymap.soak.dump");
        if (name == null || name.isBlank()) {
            return;
        }
        String file = name.replaceFirst("(\\.hprof)?$", "-" + when + ".hprof");
        try {
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(file));
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(file, true);
            System.out.println("Soak: heap dump in " + file);
        } catch (Exception e) {
            System.out.println("Soak: no heap dump: " + e);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(150);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Lets the JavaFX thread handle the queued input events and what they set off. */
    private static void settle() throws Exception {
        for (int i = 0; i < 2; i++) {
            onFx(() -> { });
        }
    }

    private static void onFx(Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            fail("the JavaFX thread did not answer for 60 s: the app hangs");
        }
        if (failure[0] != null) {
            throw new AssertionError("while driving the app", failure[0]);
        }
    }

    private static String trace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
