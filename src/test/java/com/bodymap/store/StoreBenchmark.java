package com.bodymap.store;

import com.bodymap.content.CheckLoader;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.ui.common.DialogService;
import com.bodymap.ui.history.HistoryViewModel;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.PlanBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Prints how long the results store and the history take with many saved runs (default 100,000):
 * opening today's format-1 file, turning it into a journal, opening the history, saving, deleting,
 * restoring nothing, a full rewrite, and exporting CSV. Run it as the README says; it writes only
 * in a temporary folder, which it removes.
 */
public final class StoreBenchmark {
    private static final Runtime RUNTIME = Runtime.getRuntime();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU time of the last timed step: on a busy machine wall-clock time says more about the neighbours. */
    private static double lastCpu;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createTempDirectory("body-map-benchmark");
        try {
            run(n, folder);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(int n, Path folder) throws Exception {
        CheckCatalog catalog = new CheckLoader().loadBundled();
        System.out.printf("Body Map results store, %,d saved runs (%s, Java %s, %d processors)%n", n, folder,
                System.getProperty("java.version"), RUNTIME.availableProcessors());
        Random random = new Random(42);
        List<ComparisonRun> runs = new ArrayList<>(n);
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 7, 0);
        for (int i = 0; i < n; i++) {
            runs.add(run("run-" + i, start.plusMinutes(37L * i), random));
        }
        FormatOneFiles.write(folder.resolve(ResultsStore.FILE_NAME), runs);
        System.out.printf("  format-1 file (today's layout): %.1f MB%n", mb(Files.size(folder.resolve(ResultsStore.FILE_NAME))));

        ResultsHistory legacy = history(folder, catalog);
        double openLegacy = time(legacy::open);
        double openLegacyCpu = lastCpu;
        double migrate = time(() -> legacy.add(run("first-new", start.plusYears(10), random)));
        System.out.printf("  open the format-1 file: %.0f ms (CPU %.0f ms)%n", openLegacy, openLegacyCpu);
        System.out.printf("  first save, turning it into a journal (backup kept): %.0f ms (CPU %.0f ms)%n", migrate, lastCpu);
        System.out.printf("  journal: %.1f MB%n", mb(Files.size(folder.resolve(ResultsStore.FILE_NAME))));

        double[] opens = new double[3];
        double[] openCpu = new double[3];
        double[] firstRows = new double[3];
        long heap = 0;
        for (int i = 0; i < opens.length; i++) {
            System.gc();
            long before = used();
            ResultsHistory h = history(folder, catalog);
            HistoryViewModel[] model = new HistoryViewModel[1];
            // The window shows its rows when the first result reaches the JavaFX thread; the search for
            // runs to restore goes on in the background after that.
            long[] shown = {0, 0};
            java.util.concurrent.Executor ui = task -> {
                task.run();
                if (shown[0] == 0) {
                    shown[0] = System.nanoTime();
                    shown[1] = THREADS.getCurrentThreadCpuTime();
                }
            };
            long wall0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            model[0] = new HistoryViewModel(catalog, h, new NoDialogs(), new AsymmetryAnalysis(new PlanBuilder()),
                    r -> { }, new AtomicFileWriter(), Runnable::run, ui);
            model[0].load();
            opens[i] = (shown[0] - wall0) / 1e6;
            openCpu[i] = (shown[1] - cpu0) / 1e6;
            firstRows[i] = time(() -> model[0].rows().subList(0, 40).forEach(r -> r.biggestGap()));
            System.gc();
            heap = used() - before;
            if (model[0].rows().size() != n + 1) {
                throw new IllegalStateException("expected " + (n + 1) + " rows, got " + model[0].rows().size());
            }
        }
        System.out.printf("  open the history until its rows and chart show: median %.0f ms, CPU %.0f ms (runs: %s)%n",
                median(opens), median(openCpu), Arrays.toString(Arrays.stream(opens).map(Math::rint).toArray()));
        System.out.printf("  summaries of the first 40 rows shown:         median %6.0f ms%n", median(firstRows));
        System.out.printf("  memory held by the open history: about %.0f MB%n", mb(heap));

        ResultsHistory session = history(folder, catalog);
        session.open();
        double firstSave = time(() -> session.add(run("session-first", start.plusYears(10), random)));
        double firstSaveCpu = lastCpu;
        double[] saves = new double[50];
        double[] saveCpu = new double[50];
        for (int i = 0; i < saves.length; i++) {
            int k = i;
            saves[i] = time(() -> session.add(run("save-" + k, start.plusYears(10).plusHours(k), random)));
            saveCpu[i] = lastCpu;
        }
        double[] deletes = new double[20];
        for (int i = 0; i < deletes.length; i++) {
            int k = i;
            deletes[i] = time(() -> session.delete("save-" + k));
        }
        Arrays.sort(saves);
        System.out.printf("  first save of a session (checks and refreshes the backup): %.0f ms (CPU %.0f ms)%n",
                firstSave, firstSaveCpu);
        System.out.printf("  each later save: median %.1f ms (CPU %.1f ms), 95th percentile %.1f ms, slowest %.1f ms (%d saves)%n",
                median(saves), median(saveCpu), saves[(int) (saves.length * 0.95)], saves[saves.length - 1], saves.length);
        System.out.printf("  delete a run: median %.1f ms%n", median(deletes));
        HistoryViewModel open = new HistoryViewModel(catalog, session, new NoDialogs(),
                new AsymmetryAnalysis(new PlanBuilder()), r -> { });
        open.load();
        double[] redraws = new double[10];
        double[] redrawCpu = new double[10];
        for (int i = 0; i < redraws.length; i++) {
            int k = i;
            session.add(run("shown-" + k, start.plusYears(11).plusHours(k), random));
            redraws[i] = time(open::refresh);
            redrawCpu[i] = lastCpu;
        }
        System.out.printf("  an open history window catching up after a save (JavaFX thread): median %.0f ms (CPU %.0f ms)%n",
                median(redraws), median(redrawCpu));
        double refresh = time(session::refresh);
        System.out.printf("  catch up with another window (nothing new): %.1f ms%n", refresh);
        double recover = time(session::recoverable);
        System.out.printf("  look for runs to restore (reads the backup, in the background): %.0f ms%n", recover);
        double compact = time(() -> session.store().compactNow());
        System.out.printf("  full rewrite, when many lines are superseded (rare): %.0f ms%n", compact);

        Path csv = folder.resolve("export.csv");
        HistoryViewModel exporter = new HistoryViewModel(catalog, session, new NoDialogs(csv.toFile()),
                new AsymmetryAnalysis(new PlanBuilder()), r -> { });
        exporter.load();
        double export = time(exporter::exportCsv);
        System.out.printf("  export as CSV: %.0f ms (%.1f MB)%n", export, mb(Files.size(csv)));
    }

    private static ResultsHistory history(Path folder, CheckCatalog catalog) {
        return new ResultsHistory(new ResultsStore(folder, new AtomicFileWriter(), Clock.systemDefaultZone(),
                RunCheck.ranges(catalog)));
    }

    private static ComparisonRun run(String id, LocalDateTime at, Random random) {
        return new ComparisonRun(id, at, List.of(
                new CheckResult("knee-to-wall", random.nextInt(150) / 10.0, random.nextInt(150) / 10.0),
                new CheckResult("modified-thomas", (double) random.nextInt(30), (double) random.nextInt(30)),
                new CheckResult("overhead-reach", (double) random.nextInt(2), (double) random.nextInt(2))),
                random.nextInt(4) == 0 ? "Stiff after a long drive, left calf" : "");
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** Wall-clock milliseconds; the CPU time of the same step is kept in {@link #lastCpu}. */
    private static double time(Step step) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        step.run();
        lastCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long used() {
        return RUNTIME.totalMemory() - RUNTIME.freeMemory();
    }

    private static double mb(long bytes) {
        return bytes / 1_000_000.0;
    }

    /** Answers no dialog; picks the export file. */
    private static final class NoDialogs implements DialogService {
        private final File saveTo;

        NoDialogs() {
            this(null);
        }

        NoDialogs(File saveTo) {
            this.saveTo = saveTo;
        }

        @Override
        public void showError(String title, String message) {
            System.out.println("  (error shown: " + title + ": " + message + ")");
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public Optional<File> chooseSaveFile(String title, String suggestedName, String description, String extension) {
            return Optional.ofNullable(saveTo);
        }
    }
}
