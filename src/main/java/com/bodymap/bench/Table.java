package com.bodymap.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's one table: what was measured, the figure, the target, and whether it is met. */
final class Table {
    static final String BARE = "bare JavaFX + ControlsFX window, java -cp";
    static final String APP_JAR = "Body Map, java -jar";
    static final String APP_IMAGE = "Body Map, packaged launcher";
    static final String BARE_IMAGE_JDK = "bare window, java -cp on the packaged runtime's JDK";

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private StartRuns.Result bare;

    void starts(Map<StartRuns.Starter, StartRuns.Result> results) {
        bare = results.values().stream().filter(r -> r.starter().label().equals(BARE)).findFirst().orElse(null);
        for (StartRuns.Result r : results.values()) {
            r.failures().forEach(f -> notes.add("failed run: " + f));
            if (r.firstFrameMillis().isEmpty()) {
                rows.add(new String[] {"first frame: " + r.starter().label(), "no run showed a frame", "", ""});
                continue;
            }
            Stats s = Stats.of(r.firstFrameMillis());
            String figure = String.format(Locale.ROOT, "median %.0f ms (%.0f–%.0f, %d runs)", s.median(), s.min(), s.max(), s.count());
            String target = "";
            String verdict = "";
            if (r != bare && bare != null && !bare.firstFrameMillis().isEmpty()) {
                double ratio = s.median() / Stats.of(bare.firstFrameMillis()).median();
                figure += String.format(Locale.ROOT, ", %.2f× bare", ratio);
                if (!r.starter().label().startsWith(BARE_IMAGE_JDK)) {
                    target = "≤ 0.90× bare";
                    verdict = verdict(ratio <= 0.9, ratio / 0.9);
                }
            }
            if (!r.cpuMillis().isEmpty()) {
                figure += String.format(Locale.ROOT, "; CPU %.0f ms", Stats.of(r.cpuMillis()).median());
            }
            rows.add(new String[] {"first frame: " + r.starter().label(), figure, target, verdict});
        }
        for (StartRuns.Result r : results.values()) {
            if (r.peakRssKb().isEmpty()) {
                continue;
            }
            Stats s = Stats.of(r.peakRssKb());
            String figure = String.format(Locale.ROOT, "median %.0f MiB (%.0f–%.0f)", s.median() / 1024, s.min() / 1024, s.max() / 1024);
            String target = "";
            String verdict = "";
            if (r != bare && bare != null && !bare.peakRssKb().isEmpty()) {
                double ratio = s.median() / Stats.of(bare.peakRssKb()).median();
                figure += String.format(Locale.ROOT, ", %.2f× bare", ratio);
                if (!r.starter().label().startsWith(BARE_IMAGE_JDK)) {
                    target = "≤ 1.10× bare";
                    verdict = verdict(ratio <= 1.1, ratio / 1.1);
                }
            }
            rows.add(new String[] {"peak RSS " + StartRuns.SETTLE_MILLIS / 1000.0 + " s after first frame: "
                    + r.starter().label(), figure, target, verdict});
        }
    }

    void content(double coldMillis, Stats warm) {
        rows.add(new String[] {"load + validate all content, first in a new JVM",
                String.format(Locale.ROOT, "%.0f ms", coldMillis), "≤ 100 ms", verdict(coldMillis <= 100, coldMillis / 100)});
        rows.add(new String[] {"load + validate all content, warm",
                String.format(Locale.ROOT, "median %.1f ms (%.1f–%.1f)", warm.median(), warm.min(), warm.max()),
                "≤ 100 ms", verdict(warm.median() <= 100, warm.median() / 100)});
    }

    void pdf(double cardCold, Stats cardWarm, double bookletFirst, Stats bookletWarm, int pages) {
        rows.add(new String[] {"one-card PDF, first in this JVM", String.format(Locale.ROOT, "%.0f ms", cardCold), "", ""});
        rows.add(new String[] {"one-card PDF, warm",
                String.format(Locale.ROOT, "median %.1f ms (%.1f–%.1f)", cardWarm.median(), cardWarm.min(), cardWarm.max()),
                "≤ 150 ms", verdict(cardWarm.median() <= 150, cardWarm.median() / 150)});
        rows.add(new String[] {"booklet PDF (" + pages + " pages), first", String.format(Locale.ROOT, "%.0f ms", bookletFirst), "", ""});
        rows.add(new String[] {"booklet PDF (" + pages + " pages), warm",
                String.format(Locale.ROOT, "median %.0f ms (%.0f–%.0f)", bookletWarm.median(), bookletWarm.min(), bookletWarm.max()), "", ""});
    }

    void clicks(List<ClickRun.Click> clicks, int missed) {
        if (missed > 0) {
            notes.add(missed + " clicks did not land on their region and are left out");
        }
        Stats ms = Stats.of(clicks.stream().map(ClickRun.Click::millis).toList());
        Stats frames = Stats.of(clicks.stream().map(ClickRun.Click::frames).toList());
        Stats cpu = Stats.of(clicks.stream().map(ClickRun.Click::cpuMillis).toList());
        rows.add(new String[] {"click on a region → page painted, p50", String.format(Locale.ROOT, "%.1f ms", ms.median()), "", ""});
        rows.add(new String[] {"click on a region → page painted, p99",
                String.format(Locale.ROOT, "%.1f ms (max %.1f; %.1f%% over 16 ms; %d clicks)", ms.percentile(99), ms.max(),
                        100 * ms.fractionAbove(16), ms.count()),
                "≤ 16 ms", verdict(ms.percentile(99) <= 16, ms.percentile(99) / 16)});
        rows.add(new String[] {"click → page painted, CPU (JavaFX + render threads)",
                String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", cpu.median(), cpu.percentile(99)), "", ""});
        rows.add(new String[] {"frames per click", String.format(Locale.ROOT, "median %.0f, max %.0f, %.1f%% took 2 or more (frames with ≥ 1 ms of work)",
                frames.median(), frames.max(), 100 * frames.fractionAbove(1)), "1", ""});
    }

    private static String verdict(boolean met, double factor) {
        return met ? "met" : String.format(Locale.ROOT, "missed (%.2f× the target)", factor);
    }

    String render(Path image) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Body Map benchmark, %s; %s %s, %d cores; Java %s (%s)%s%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                image == null ? "; no app image (run mvn -Pdist package first to include it)" : "; app image " + image));
        int[] w = new int[4];
        String[] head = {"measure", "result", "target", "verdict"};
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        for (String[] r : all) {
            for (int i = 0; i < 4; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (int k = 0; k < all.size(); k++) {
            String[] r = all.get(k);
            b.append(String.format("| %-" + w[0] + "s | %-" + w[1] + "s | %-" + w[2] + "s | %-" + w[3] + "s |%n", (Object[]) r));
            if (k == 0) {
                b.append("|").append("-".repeat(w[0] + 2)).append("|").append("-".repeat(w[1] + 2)).append("|")
                        .append("-".repeat(w[2] + 2)).append("|").append("-".repeat(w[3] + 2)).append("|\n");
            }
        }
        b.append("First frame: from starting the process to the end of the pulse that paints the main window "
                + "(painting on the JavaFX thread, -Dquantum.multithreaded=false, for every program alike).\n");
        b.append("CPU: the process's CPU time at its first frame (median), less disturbed than wall time by other load.\n");
        b.append("Click: the click's handler plus every frame it causes (CSS, layout, painting), without the idle wait for the next frame tick.\n");
        notes.forEach(n -> b.append("note: ").append(n).append('\n'));
        return b.toString();
    }
}
