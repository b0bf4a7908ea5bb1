package com.bodymap.bench;

import com.bodymap.app.ContentPreload;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureSource;
import com.bodymap.export.PaperSize;
import com.bodymap.export.SheetComposer;
import com.bodymap.export.SheetDocument;
import com.bodymap.export.SheetPdf;
import com.bodymap.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --benchmark}: measures, in one run on one machine, the start to the first frame (the app
 * and a bare JavaFX + ControlsFX window, started alike), clicks on regions to their pages painted,
 * loading the content, PDF export, and peak memory, and prints one table. It needs a display.
 * Nothing here is a test: it prints, people judge.
 */
public final class Benchmark {
    public static final String FLAG = "--benchmark";
    static final String USAGE = "Usage: java -jar body-map.jar --benchmark [--runs N] [--clicks N] [--app-image DIR]";

    private Benchmark() {
    }

    public static int run(String[] args) throws Exception {
        int runs = 7;
        int clicks = 1200;
        Path image = defaultImage().orElse(null);
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--clicks" -> clicks = Integer.parseInt(args[++i]);
                case "--app-image" -> image = Path.of(args[++i]);
                default -> {
                    System.err.println(USAGE);
                    return 2;
                }
            }
        }
        if (isLinux() && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            System.err.println("body-map: the benchmark opens windows and needs a display (DISPLAY is not set; try xvfb-run).");
            return 2;
        }
        Path data = Files.createTempDirectory("bodymap-bench-data");
        Table table = new Table();

        System.err.println("Starting programs (" + runs + " runs each)...");
        List<StartRuns.Starter> starters = starters(image);
        Map<StartRuns.Starter, StartRuns.Result> starts = new StartRuns(data).run(starters, runs);
        table.starts(starts);

        System.err.println("Loading content and writing PDFs...");
        contentAndPdf(table, data);

        System.err.println("Clicking regions (" + clicks + " clicks)...");
        ClickRun clickRun = new ClickRun();
        table.clicks(clickRun.run(clicks, data), clickRun.missed());

        System.out.print(table.render(image));
        return 0;
    }

    private static List<StartRuns.Starter> starters(Path image) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        List<StartRuns.Starter> list = new ArrayList<>();
        list.add(new StartRuns.Starter(Table.BARE, List.of(java, "-cp", cp, BareWindow.class.getName())));
        list.add(new StartRuns.Starter(Table.APP_JAR, List.of(java, "-cp", cp, "com.bodymap.app.Launcher")));
        if (image != null) {
            Path launcher = AppImage.launcher(image);
            list.add(new StartRuns.Starter(Table.APP_IMAGE, List.of(launcher.toString())));
            Optional<Path> sameJava = AppImage.jdkLike(image);
            if (sameJava.isPresent() && !sameJava.get().toString().equals(java)) {
                list.add(new StartRuns.Starter(Table.BARE_IMAGE_JDK + " (" + AppImage.javaVersion(image) + ")",
                        List.of(sameJava.get().toString(), "-cp", cp, BareWindow.class.getName())));
            }
        }
        return list;
    }

    private static Optional<Path> defaultImage() {
        try {
            Path jar = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return AppImage.find(jar.getParent().resolve("dist"));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static void contentAndPdf(Table table, Path data) throws Exception {
        long t = System.nanoTime();
        ContentPreload.Loaded loaded = ContentPreload.load(ContentSource.bundled(), FigureSource.bundled());
        double cold = ms(t);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            t = System.nanoTime();
            ContentPreload.load(ContentSource.bundled(), FigureSource.bundled());
            warm.add(ms(t));
        }
        table.content(cold, Stats.of(warm));

        SheetComposer composer = new SheetComposer(loaded.content(), loaded.figures());
        SheetPdf pdf = new SheetPdf(Clock.systemDefaultZone(), new AtomicFileWriter());
        PaperSize paper = PaperSize.parse("a4");
        Path out = data.resolve("bench.pdf");
        SheetDocument card = composer.forIds(List.of(loaded.content().techniques().get(0).id()));
        t = System.nanoTime();
        pdf.save(card, paper, out, SheetPdf.Progress.NONE);
        double cardCold = ms(t);
        for (int i = 0; i < 10; i++) {
            pdf.save(card, paper, out, SheetPdf.Progress.NONE);
        }
        List<Double> cardWarm = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            t = System.nanoTime();
            pdf.save(card, paper, out, SheetPdf.Progress.NONE);
            cardWarm.add(ms(t));
        }
        SheetDocument booklet = composer.forIds(List.of(SheetComposer.BOOKLET_ID));
        t = System.nanoTime();
        int pages = pdf.save(booklet, paper, out, SheetPdf.Progress.NONE);
        double bookletFirst = ms(t);
        List<Double> bookletWarm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            t = System.nanoTime();
            pdf.save(booklet, paper, out, SheetPdf.Progress.NONE);
            bookletWarm.add(ms(t));
        }
        table.pdf(cardCold, Stats.of(cardWarm), bookletFirst, Stats.of(bookletWarm), pages);
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
    }
}
